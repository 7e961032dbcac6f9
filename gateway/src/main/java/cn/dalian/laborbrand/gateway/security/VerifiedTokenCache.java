package cn.dalian.laborbrand.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed every check (signature, issuer, audience, times) until they expire, so that a user's next
 * calls with the same token skip parsing and the RSA check: a signed-in user sends one token for its whole life (10
 * minutes), many calls a minute. Only a token that passed is kept, under the whole token as key, so a token differing in
 * any byte (another signature) is checked in full; one past its expiry is never answered from here. Bounded in count:
 * about 4 kB each, the default 2,000 fit in 8 MB.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokenCache(ReactiveJwtDecoder delegate, int maximumTokens, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumTokens)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> Duration.between(clock.instant(), jwt.getExpiresAt())))
                .ticker(() -> clock.millis() * 1_000_000)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(this::remember);
    }

    private void remember(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        // a token without an expiry would be kept for ever: checked each time instead (the platform's always have one)
        if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
            verified.put(jwt.getTokenValue(), jwt);
        }
    }
}
