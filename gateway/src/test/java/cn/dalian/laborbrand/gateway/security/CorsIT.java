package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.web.CorrelationId;

/** The SPA's development server (another origin) may call the API from the browser; other sites may not. */
@GatewayIntegrationTest
class CorsIT {

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void aPreflightFromTheSpaDevelopmentOriginIsAllowedWithoutAToken() {
        // when the browser asks whether the dev SPA may POST with a token and a correlation id
        http.options().uri("/api/applications")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, x-correlation-id")
                .exchange()
                // then it may
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST", "PATCH", "DELETE"));
    }

    @Test
    void theSpaMayReadTheCorrelationIdOfAnAnswer() {
        http.get().uri("/api/applications")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:5173")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed).contains(CorrelationId.HEADER, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        http.options().uri("/api/applications")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
