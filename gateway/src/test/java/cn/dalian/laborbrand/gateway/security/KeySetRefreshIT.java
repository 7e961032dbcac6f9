package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.sun.net.httpserver.HttpServer;

import cn.dalian.laborbrand.gateway.ForgedTokens;
import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The gateway fetches Keycloak's key set through a relay of this test that counts the fetches. Tokens naming a key id
 * the set does not have (forged, or signed by a key Keycloak has just rotated in) make the gateway look again at most
 * once per minimum interval (here 1 hour, so: never again during the test), not once per token. The rate limit is
 * out of the way.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = {
        "GATEWAY_JWKS_MIN_REFRESH_INTERVAL=1h",
        "GATEWAY_JWKS_CACHE_TTL=2h",
        "GATEWAY_RATE_LIMIT_CAPACITY=1000000",
        "GATEWAY_RATE_LIMIT_REFILL_TOKENS=1000000" })
class KeySetRefreshIT {

    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final HttpServer KEY_SET_RELAY = relay();

    @DynamicPropertySource
    static void keySetThroughTheRelay(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + KEY_SET_RELAY.getAddress().getPort() + "/certs");
    }

    @LocalServerPort
    int port;

    @Test
    void tokensWithUnknownKeyIdsDoNotMakeTheGatewayFetchTheKeySetPerToken() {
        WebTestClient http = GatewayClient.on(port);
        // given the gateway has the key set: a genuine token passes the token check (503: the service is down)
        call(http, Tokens.of(TestUser.APPLICANT_A)).expectStatus().isEqualTo(503);
        int before = FETCHES.get();
        assertThat(before).isPositive();

        // when 30 tokens name a key id the set does not have
        for (int i = 0; i < 30; i++) {
            call(http, ForgedTokens.withUnknownKeyId(TestUser.APPLICANT_A)).expectStatus().isEqualTo(401);
        }

        // then the gateway looked for a new key set at most twice (Nimbus' rate limit lets a rotation's second fetch
        // through), and genuine tokens still pass
        assertThat(FETCHES.get() - before).isLessThanOrEqualTo(2);
        call(http, Tokens.of(TestUser.APPLICANT_A)).expectStatus().isEqualTo(503);
    }

    private static WebTestClient.ResponseSpec call(WebTestClient http, String token) {
        return http.get().uri("/api/applications").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** Serves the test issuer's key set, counting the requests. */
    private static HttpServer relay() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/certs", exchange -> {
                FETCHES.incrementAndGet();
                byte[] keys;
                try (InputStream in = PlatformTestInfrastructure.tokenIssuer().jwksUrl(PlatformTestInfrastructure.ISSUER_ID).url().openStream()) {
                    keys = in.readAllBytes();
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            SpringApplication.getShutdownHandlers().add(() -> server.stop(0));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
