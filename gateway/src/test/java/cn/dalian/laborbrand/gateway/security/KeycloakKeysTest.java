package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/** Keycloak's keys as the gateway keeps them, against a stand-in key set endpoint that counts its calls. */
class KeycloakKeysTest {

    private final AtomicInteger fetches = new AtomicInteger();
    private RSAKey realmKey;
    private HttpServer keycloak;
    private KeycloakKeys keys;

    @BeforeEach
    void keycloakPublishesOneKey() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key-2026").generate();
        byte[] keySet = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        keycloak.start();
        URI certs = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs");
        keys = new KeycloakKeys(certs.toURL(), Duration.ofMinutes(5), Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() throws IOException {
        keys.close();
        keycloak.stop(0);
    }

    @Test
    void theKeyThatSignedATokenIsFetchedOnceAndThenFoundInTheCache() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(keys.keysFor(signed(realmKey)).map(JWK::getKeyID).collectList().block()).containsExactly("realm-key-2026");
        }

        assertThat(fetches).hasValue(1);
    }

    @Test
    void tokensNamingUnknownKeyIdsFindNoKeyAndFetchTheSetAgainAtMostOncePerInterval() throws Exception {
        keys.keysFor(signed(realmKey)).blockLast();
        RSAKey forger = new RSAKeyGenerator(2048).keyID("forged-key").generate();

        for (int i = 0; i < 20; i++) {
            assertThat(keys.keysFor(signed(forger)).collectList().block()).isEmpty();
        }

        // the first fetch, and at most one more within the minute (Nimbus lets a rotation's second look through)
        assertThat(fetches.get()).isBetween(1, 3);
    }

    private static SignedJWT signed(RSAKey key) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("sub-applicant-a").expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
        token.sign(new RSASSASigner(key));
        return token;
    }
}
