package cn.dalian.laborbrand.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.platform.web.CorrelationId;

/**
 * The correlation id a caller can quote to support. That the services receive and log the same id is
 * covered by the system tests, which run real services behind the gateway.
 */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdIT {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aRequestWithoutOneGetsAFreshIdInTheAnswer() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().value(CorrelationId.HEADER, id -> assertThat(id).matches(UUID));
    }

    @Test
    void aWellFormedIdFromTheCallerIsKeptAndQuotedInTheProblem() {
        http.get().uri("/api/applications")
                .header(CorrelationId.HEADER, "spa-7f3a9c2e-0001")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(CorrelationId.HEADER, "spa-7f3a9c2e-0001")
                .expectBody().jsonPath("$.correlationId").isEqualTo("spa-7f3a9c2e-0001");
    }

    @Test
    void aMalformedIdIsReplacedSoThatItNeverReachesTheLogs() {
        // given an id that would inject text into log lines
        String malformed = "x\" injected=\"1";

        http.get().uri("/api/applications")
                .header(CorrelationId.HEADER, malformed)
                .exchange()
                // then a fresh one is used, in the header and in the problem alike
                .expectHeader().value(CorrelationId.HEADER, id -> assertThat(id).matches(UUID))
                .expectBody().jsonPath("$.correlationId").value(String.class, id -> assertThat(id).matches(UUID));
    }

    @Test
    void theIdIsQuotedInTheProblemOfAServiceThatIsDown() {
        http.get().uri("/api/subsidies/entitlements")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.FINANCE_CLERK))
                .header(CorrelationId.HEADER, "support-case-20221122")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(CorrelationId.HEADER, "support-case-20221122")
                .expectBody().jsonPath("$.correlationId").isEqualTo("support-case-20221122");
    }

    @Test
    void theAccessLogLineCarriesTheId(CapturedOutput output) {
        // when a call is made with an id
        http.get().uri("/api/notifications/inbox")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_B))
                .header(CorrelationId.HEADER, "access-log-0000001")
                .exchange()
                .expectStatus().isEqualTo(503);

        // then the gateway's JSON access-log line for it names the id as a field of its own
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains(CorrelationIdWebFilter.ACCESS_LOG))
                .filter(line -> line.contains("GET /api/notifications/inbox -> 503")))
                .anySatisfy(line -> assertThat(line).contains("\"correlationId\":\"access-log-0000001\"").contains("\"traceId\":\"")));
    }

    @Test
    void theWarningAboutAServiceThatIsDownCarriesTheIdAndTheTrace(CapturedOutput output) {
        // when a call ends in a service's fallback
        http.get().uri("/api/subsidies/entitlements")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.FINANCE_CLERK))
                .header(CorrelationId.HEADER, "fallback-log-0000001")
                .exchange()
                .expectStatus().isEqualTo(503);

        // then the gateway's warning names the id and the trace, though Reactor restores neither around every operator
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("subsidy-service did not answer")))
                .anySatisfy(line -> assertThat(line).contains("\"correlationId\":\"fallback-log-0000001\"").contains("\"traceId\":\"")));
    }
}
