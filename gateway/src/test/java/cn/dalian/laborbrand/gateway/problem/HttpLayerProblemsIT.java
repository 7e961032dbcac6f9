package cn.dalian.laborbrand.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.RawHttp;

/**
 * What the gateway refuses before any route (Netty's decoder, Spring Security's firewall) is answered with a
 * problem document with a stable code, like everything else, not an empty body.
 */
@GatewayIntegrationTest
class HttpLayerProblemsIT {

    private static final String LONG = "a".repeat(20_000);

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} → {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "a URL too long              | /api/public/notices?q=LONG | -        | 414 | URI_TOO_LONG",
            "headers too large           | /api/public/notices        | LONG     | 431 | HEADERS_TOO_LARGE",
            "a control character in a header | /api/public/notices    | CONTROL  | 400 | MALFORMED_REQUEST",
            "a NUL in the path           | /api/public/%00            | -        | 400 | MALFORMED_REQUEST",
            "an encoded slash in the path | /api/public/a%2F..%2Fb    | -        | 400 | MALFORMED_REQUEST",
            "a semicolon in the path     | /api/public/notices;x=1    | -        | 400 | MALFORMED_REQUEST",
            "a backslash in the path     | /api/public/notices%5C     | -        | 400 | MALFORMED_REQUEST" })
    void aRequestRefusedBelowTheRoutesIsAnsweredWithAProblemDocument(String what, String target, String header, int status, String code) {
        Map<String, String> headers = switch (header) {
            case "LONG" -> Map.of("X-Note", LONG);
            case "CONTROL" -> Map.of("X-Note", "a\u0001b");
            default -> Map.of();
        };

        RawHttp.Answer answer = RawHttp.send(port, "GET", target.replace("LONG", LONG), headers, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("detail").asString()).isNotBlank();
        assertThat(answer.json().get("correlationId").asString()).isNotBlank();
    }
}
