package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * Who may pass the gateway. Every service behind it is down in this test, so a request that passes
 * security ends in the 503 fallback: that answer is the proof that security let it through.
 */
@GatewayIntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aProtectedRouteWithoutATokenIsRefusedWith401Problem() {
        http.get().uri("/api/applications").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("urn:laborbrand:problem:unauthenticated")
                .jsonPath("$.instance").isEqualTo("/api/applications")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("登录"))
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefusedWith401Problem() {
        // given a correctly signed token of the right issuer, meant for some other API
        String token = Tokens.forOtherAudience(TestUser.APPLICANT_A);

        http.get().uri("/api/applications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).contains("invalid_token"))
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aForgedTokenIsRefusedWith401Problem() {
        String token = Tokens.of(TestUser.APPLICANT_A);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        http.get().uri("/api/applications")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aValidPlatformTokenPassesToTheService() {
        // when an applicant with a valid token calls its service
        http.get().uri("/api/applications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                // then security lets it through to the (here unreachable) service
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void anyoneMayReadThePublicNotice() {
        // when somebody without a token reads the public notice
        http.get().uri("/api/public/notices").exchange()
                // then security lets it through to the review-workflow service
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("审核流程服务暂时不可用，请稍后重试。");
    }

    @Test
    void anyoneMayReadTheCertifiedBrandList() {
        http.get().uri("/api/public/brands").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("品牌名录服务暂时不可用，请稍后重试。");
    }

    @Test
    void anyoneMayObjectToABrandOnANotice() {
        // when somebody without a token objects during a notice
        http.post().uri("/api/public/notices/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/objections")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"content\": \"异议\"}")
                .exchange()
                // then security lets it through to the review-workflow service, which checks the challenge and the limit
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("审核流程服务暂时不可用，请稍后重试。");
    }

    @Test
    void thePaymentSystemMayReportAPaymentResultWithoutAToken() {
        // when the payment system posts a result (signed, but with no platform token)
        http.post().uri("/api/subsidies/payment-callbacks")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Timestamp", "1764570605")
                .header("X-Signature", "0".repeat(64))
                .bodyValue("{\"reference\": \"9d403f61-8e50-4b12-8d43-5e6f708192a3:1\", \"status\": \"SUCCEEDED\"}")
                .exchange()
                // then security lets it through to subsidy-service, which checks the signature
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void everythingElseOfSubsidiesNeedsAToken() {
        http.get().uri("/api/subsidies/payment-callbacks").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/subsidies/payments").exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/subsidies/payments/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/status-check").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void writingElsewhereUnderThePublicPathNeedsAToken() {
        http.post().uri("/api/public/notices")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\": \"公示\"}")
                .exchange()
                .expectStatus().isUnauthorized();
        http.delete().uri("/api/public/notices/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/objections").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void healthIsOpenToAnyoneAndUp() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk();
    }

    @Test
    void prometheusMetricsAreForOperatorsAndTheScraperOnly() {
        // anonymous: sign in first
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized();
        // signed in without the role: refused as a problem
        http.get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ACCESS_DENIED")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("权限"));
        // an operator reads the metrics, tagged with the application
        http.get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).contains("application=\"gateway\""));
        // Prometheus's client reads the metrics, and nothing else of the actuator
        http.get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.METRICS_SCRAPER))
                .exchange()
                .expectStatus().isOk();
        http.get().uri("/actuator/info")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.METRICS_SCRAPER))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void withoutDemoDataTheBuildsFactsAreForOperatorsOnly() {
        // the tests run the gateway without LABORBRAND_DEMO_DATA, as a deployment does
        http.get().uri("/actuator/info").exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/actuator/info")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        http.get().uri("/actuator/info")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.platform").isEqualTo("大连市劳务品牌申报认定平台");
    }

    @Test
    void theCircuitBreakerFallbackCannotBeCalledFromOutside() {
        http.get().uri("/fallback/application-service").exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/fallback/application-service")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
    }
}
