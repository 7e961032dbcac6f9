package cn.dalian.laborbrand.gateway.security;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.events.EventListener;
import com.nimbusds.jwt.SignedJWT;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keycloak's signing keys for the token check, fetched from its JWK set with Nimbus' {@link JWKSourceBuilder}: cached,
 * refreshed ahead of expiry in the background, and re-fetched for a key id it does not know (Keycloak rotated its keys)
 * at most once per {@code minRefreshInterval}, however many tokens name unknown key ids; kept while Keycloak is down. (Spring Security's reactive
 * decoder would fetch the whole set again for every such token.) A token whose key id is in the cached set is checked
 * on the calling thread; any other waits for the fetch on a thread that may block, never on the event loop.
 */
final class KeycloakKeys implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakKeys.class);

    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int READ_TIMEOUT_MS = 5_000;

    private final JWKSource<SecurityContext> keys;
    private volatile Set<String> knownKeyIds = Set.of();

    KeycloakKeys(URL jwkSetUrl, Duration cacheTimeToLive, Duration minRefreshInterval) {
        EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> refreshed = event -> {
            if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<?> completed) {
                knownKeyIds = keyIds(completed.getJWKSet());
            }
        };
        this.keys = JWKSourceBuilder.create(jwkSetUrl,
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                .cache(cacheTimeToLive.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, refreshed)
                .refreshAheadCache(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, true, refreshed)
                .rateLimited(minRefreshInterval.toMillis())
                // while Keycloak cannot be reached, the last key set it gave stays in use (as Spring Security's own
                // decoder keeps its keys), so that an outage of Keycloak does not sign everybody out
                .outageTolerantForever()
                .build();
    }

    /** The keys that may have signed the token: none when its algorithm is not one of keys, or the set cannot be had. */
    Flux<JWK> keysFor(SignedJWT token) {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(token.getHeader());
        if (matcher == null) {
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(matcher);
        String keyId = token.getHeader().getKeyID();
        if (keyId != null && knownKeyIds.contains(keyId)) {
            return Flux.fromIterable(select(selector));
        }
        return Mono.fromCallable(() -> select(selector)).subscribeOn(Schedulers.boundedElastic()).flatMapIterable(found -> found);
    }

    private List<JWK> select(JWKSelector selector) {
        try {
            return keys.get(selector, null);
        } catch (KeySourceException unavailable) {
            // rate limited or Keycloak unreachable: the token cannot be verified now, so it is refused (401)
            log.warn("no signing key for the token: {}", unavailable.toString());
            return List.of();
        }
    }

    private static Set<String> keyIds(JWKSet set) {
        return set.getKeys().stream().map(JWK::getKeyID).filter(id -> id != null).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void close() throws IOException {
        if (keys instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
