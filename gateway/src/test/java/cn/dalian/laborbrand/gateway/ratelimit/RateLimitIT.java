package cn.dalian.laborbrand.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** A client may send 3 requests, then none for an hour: small enough to exceed in a test, and never refilled during it. */
@GatewayIntegrationTest
@TestPropertySource(properties = {
        "GATEWAY_RATE_LIMIT_CAPACITY=3",
        "GATEWAY_RATE_LIMIT_REFILL_TOKENS=1",
        "GATEWAY_RATE_LIMIT_REFILL_PERIOD=1h" })
class RateLimitIT {

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aSignedInClientBeyondItsLimitIsRefusedWith429ProblemAndRetryAfter() {
        String token = Tokens.of(applicant("rate-limited-1"));
        // given the client has used up its burst
        for (int i = 0; i < 3; i++) {
            call("/api/applications", token).expectStatus().isEqualTo(503);
        }

        // when it calls once more
        call("/api/applications", token)
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
    void oneClientsExcessDoesNotLimitAnother() {
        String greedy = Tokens.of(applicant("rate-limited-2"));
        for (int i = 0; i < 4; i++) {
            call("/api/applications", greedy);
        }
        call("/api/applications", greedy).expectStatus().isEqualTo(429);

        // another signed-in user from the same address still gets through
        call("/api/applications", Tokens.of(applicant("rate-limited-3"))).expectStatus().isEqualTo(503);
    }

    @Test
    void anonymousClientsAreLimitedByAddressButHealthNeverIs() {
        // given anonymous reads from this address have used up its burst
        for (int i = 0; i < 3; i++) {
            call("/api/public/notices", null).expectStatus().isEqualTo(503);
        }
        call("/api/public/notices", null).expectStatus().isEqualTo(429);

        // then health probes from the same address are still answered
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec call(String path, String token) {
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
