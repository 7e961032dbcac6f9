package cn.dalian.laborbrand.gateway.requestsize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** Bodies above the limit are refused by their declared length; the limit here is {@value GatewayTestInitializer#MAX_REQUEST_SIZE}. */
@GatewayIntegrationTest
class RequestSizeIT {

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413Problem() {
        // when an applicant uploads 2 KB where 1 KB is allowed
        http.post().uri("/api/applications/42/evidence")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[2048])
                .exchange()
                // then the gateway refuses it without passing it on, saying what the limit is
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.detail").isEqualTo("提交的内容超过了大小限制（不超过 1 KB）。")
                .jsonPath("$.instance").isEqualTo("/api/applications/42/evidence")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void aBodyWithinTheLimitIsPassedOn() {
        http.post().uri("/api/applications/42/evidence")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[1024])
                .exchange()
                // the application service is down in this test: reaching its fallback proves it passed
                .expectStatus().isEqualTo(503);
    }
}
