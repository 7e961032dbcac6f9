package cn.dalian.laborbrand.gateway.requestsize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * Bodies above the limit of their path are refused by their declared length; the limits here are
 * {@value GatewayTestInitializer#MAX_REQUEST_SIZE} by default, {@value GatewayTestInitializer#MAX_ROSTER_SIZE} for a
 * roster import and {@value GatewayTestInitializer#MAX_MATERIALS_SIZE} for a material upload.
 */
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

    @ParameterizedTest(name = "{0}: {1} bytes refused, limit {2}")
    @CsvSource({
            "/api/applications/42/roster,                      8193, 8 KB",
            "/api/applications/42/materials/business-licence,  2049, 2 KB",
            "/api/applications/42/materials/training/2022,     2049, 2 KB",
            "/api/applications/42/inspection-files,            2049, 2 KB",
            "/api/applications/42/roster/rows,                 1025, 1 KB" })
    void aBodyLargerThanTheLimitOfItsPathIsRefusedWith413ProblemNamingThatLimit(String path, int size, String limit) {
        http.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[size])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.detail").isEqualTo("提交的内容超过了大小限制（不超过 " + limit + "）。")
                .jsonPath("$.instance").isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}: {1} bytes passed on")
    @CsvSource({
            "/api/applications/42/roster,                      8192",
            "/api/applications/42/materials/business-licence,  2048",
            "/api/applications/42/inspection-files,            2048" })
    void aRosterImportOrAMaterialUploadAboveTheDefaultButWithinItsOwnLimitIsPassedOn(String path, int size) {
        http.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[size])
                .exchange()
                // the application service is down in this test: being told so proves the body passed the limit
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("申报服务暂时不可用，请稍后重试。");
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
