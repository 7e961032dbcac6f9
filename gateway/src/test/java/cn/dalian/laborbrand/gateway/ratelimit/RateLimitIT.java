package cn.dalian.laborbrand.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.ForgedTokens;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import reactor.netty.http.client.HttpClient;

/**
 * A client may send 3 requests, then none for an hour: small enough to exceed in a test, and never refilled during it.
 * Each test calls from an address of its own (127.0.0.x, all this machine's), since an address's bucket is what it drains.
 * The services behind the gateway are down: a call that passes the limits ends in 503, one that does not in 429.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = {
        "GATEWAY_RATE_LIMIT_CAPACITY=3",
        "GATEWAY_RATE_LIMIT_REFILL_TOKENS=1",
        "GATEWAY_RATE_LIMIT_REFILL_PERIOD=1h" })
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void aSignedInClientBeyondItsLimitIsRefusedWith429ProblemAndRetryAfter() {
        WebTestClient http = from("127.0.0.11");
        String token = Tokens.of(applicant("rate-limited-1"));
        // given the client has used up its burst
        for (int i = 0; i < 3; i++) {
            call(http, "/api/applications", token).expectStatus().isEqualTo(503);
        }

        // when it calls once more
        call(http, "/api/applications", token)
                // then it is told to wait, and for how long
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody()
                .jsonPath("$.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("频繁"))
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void signedInColleaguesBehindOneAddressAreLimitedEachOnTheirOwnAndNotByTheAddress() {
        WebTestClient office = from("127.0.0.12");
        String greedy = Tokens.of(applicant("rate-limited-2"));
        for (int i = 0; i < 3; i++) {
            call(office, "/api/applications", greedy).expectStatus().isEqualTo(503);
        }
        call(office, "/api/applications", greedy).expectStatus().isEqualTo(429);

        // another signed-in user from the same address still has the whole burst
        String colleague = Tokens.of(applicant("rate-limited-3"));
        for (int i = 0; i < 3; i++) {
            call(office, "/api/applications", colleague).expectStatus().isEqualTo(503);
        }
        // and the address itself has spent nothing on the verified calls
        for (int i = 0; i < 3; i++) {
            call(office, "/api/public/notices", null).expectStatus().isEqualTo(503);
        }
        call(office, "/api/public/notices", null).expectStatus().isEqualTo(429);
    }

    @Test
    void anAnonymousFloodIsRefusedBeforeAnyServiceIsCalledButHealthNeverIs() {
        WebTestClient http = from("127.0.0.13");
        // given anonymous calls from this address have used up its burst, on a public and a protected path
        call(http, "/api/public/notices", null).expectStatus().isEqualTo(503);
        call(http, "/api/applications", null).expectStatus().isEqualTo(401);
        call(http, "/api/public/notices", null).expectStatus().isEqualTo(503);

        // then further calls are refused at once, whatever the path: no service is asked (no 503) and no 401 computed
        call(http, "/api/public/notices", null).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        call(http, "/api/applications", null).expectStatus().isEqualTo(429);

        // while health probes from the same address are still answered
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aFloodOfTokensWithABadSignatureIsRefused401ThenThrottledByAddress() {
        WebTestClient http = from("127.0.0.14");
        for (int i = 0; i < 3; i++) {
            call(http, "/api/applications", ForgedTokens.withBadSignature(applicant("forger-1"))).expectStatus().isEqualTo(401);
        }
        call(http, "/api/applications", ForgedTokens.withBadSignature(applicant("forger-1"))).expectStatus().isEqualTo(429);
        // a genuine user from that address is refused with it until the address's bucket refills
        call(http, "/api/applications", Tokens.of(applicant("rate-limited-4"))).expectStatus().isEqualTo(429);
    }

    @Test
    void aFloodOfTokensWithAnUnknownKeyIdIsRefused401ThenThrottledByAddress() {
        WebTestClient http = from("127.0.0.15");
        for (int i = 0; i < 3; i++) {
            call(http, "/api/applications", ForgedTokens.withUnknownKeyId(applicant("forger-2"))).expectStatus().isEqualTo(401);
        }
        call(http, "/api/applications", ForgedTokens.withUnknownKeyId(applicant("forger-2"))).expectStatus().isEqualTo(429);
    }

    /** A client calling from the given local address. */
    private WebTestClient from(String address) {
        HttpClient client = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static WebTestClient.ResponseSpec call(WebTestClient http, String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }

    private static TestUser applicant(String username) {
        return new TestUser(username, "测试用户", Set.of(Role.APPLICANT), "912102440580649631", "210211");
    }
}
