package cn.dalian.laborbrand.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.platform.web.CorrelationId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's problem documents are shaped exactly like the services' own. */
@GatewayIntegrationTest
class ProblemDocumentIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aProblemIsAFlatRfc9457DocumentWithCodeAndCorrelationId() {
        // when the gateway refuses a call
        byte[] body = http.get().uri("/api/reviews/pending")
                .header(CorrelationId.HEADER, "flat-problem-0001")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();

        // then the JSON has exactly the RFC 9457 members plus code and correlationId, at top level
        Map<String, Object> problem = json.readValue(body, new TypeReference<Map<String, Object>>() {
        });
        assertThat(problem).containsOnlyKeys("type", "title", "status", "detail", "instance", "code", "correlationId");
        assertThat(problem)
                .containsEntry("type", "urn:laborbrand:problem:unauthenticated")
                .containsEntry("title", "Authentication required")
                .containsEntry("status", 401)
                .containsEntry("instance", "/api/reviews/pending")
                .containsEntry("code", "UNAUTHENTICATED")
                .containsEntry("correlationId", "flat-problem-0001");
    }

    @Test
    void aPathNoServiceOwnsIsAnswered404Problem() {
        http.get().uri("/api/nobody-owns-this")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.instance").isEqualTo("/api/nobody-owns-this")
                .jsonPath("$.correlationId").isNotEmpty();
    }
}
