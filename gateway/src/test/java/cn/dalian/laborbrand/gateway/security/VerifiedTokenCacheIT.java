package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** The gateway's token check goes through the cache of verified tokens, and the cache changes no answer. */
@GatewayIntegrationTest
class VerifiedTokenCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveJwtDecoder decoder;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @Test
    void theGatewaysDecoderRemembersVerifiedTokens() {
        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
    }

    @Test
    void aRememberedTokenIsStillJudgedByItsRoles() {
        // given an applicant's token that has passed once (the service behind is down: 503 means security let it through)
        String applicant = Tokens.bearer(TestUser.APPLICANT_A);
        http.get().uri("/api/applications").header(HttpHeaders.AUTHORIZATION, applicant).exchange().expectStatus().isEqualTo(503);

        // when the same token asks for the operators' actuator
        // then the remembered token still carries only its own roles
        http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, applicant).exchange().expectStatus().isForbidden();
        http.get().uri("/api/applications").header(HttpHeaders.AUTHORIZATION, applicant).exchange().expectStatus().isEqualTo(503);
    }
}
