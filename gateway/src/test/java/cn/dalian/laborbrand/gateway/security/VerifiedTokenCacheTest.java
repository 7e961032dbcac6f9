package cn.dalian.laborbrand.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import cn.dalian.laborbrand.platform.test.TestClock;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

    private static final Instant SIGNED_IN = Instant.parse("2022-11-23T01:30:00Z");
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(10);

    private final TestClock clock = new TestClock();
    /** The tokens the full check saw, in order. */
    private final List<String> checked = new ArrayList<>();
    private final List<String> forged = new ArrayList<>();
    private final ReactiveJwtDecoder fullCheck = token -> {
        checked.add(token);
        return forged.contains(token) ? Mono.error(new BadJwtException("签名无效")) : Mono.just(jwt(token));
    };
    private final VerifiedTokenCache decoder = new VerifiedTokenCache(fullCheck, 100, clock);

    VerifiedTokenCacheTest() {
        clock.setTo(SIGNED_IN);
    }

    @Test
    void aTokenThatPassedIsNotCheckedAgainWhileItIsValid() {
        // given 甘井子区's reviewer's token, checked once
        StepVerifier.create(decoder.decode("token-reviewer-ganjingzi")).expectNextCount(1).verifyComplete();

        // when the reviewer calls again 9 minutes later with the same token
        clock.advance(Duration.ofMinutes(9));
        Jwt again = decoder.decode("token-reviewer-ganjingzi").block();

        // then the remembered token answers, without a second full check
        assertThat(again.getSubject()).isEqualTo("sub-token-reviewer-ganjingzi");
        assertThat(checked).containsExactly("token-reviewer-ganjingzi");
    }

    @Test
    void anExpiredTokenIsCheckedInFullAgain() {
        // given a token checked once
        decoder.decode("token-finance-clerk").block();

        // when it is sent again after its expiry
        clock.advance(TOKEN_LIFE.plusSeconds(1));
        decoder.decode("token-finance-clerk").block();

        // then the full check sees it again (and its own time rules decide)
        assertThat(checked).containsExactly("token-finance-clerk", "token-finance-clerk");
    }

    @Test
    void aTokenThatFailedIsCheckedEveryTime() {
        // given a forged token
        forged.add("token-forged");

        // when it is sent twice
        StepVerifier.create(decoder.decode("token-forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(decoder.decode("token-forged")).expectError(BadJwtException.class).verify();

        // then both were refused by the full check: a failure is never remembered
        assertThat(checked).containsExactly("token-forged", "token-forged");
    }

    @Test
    void aTokenDifferingInAnyByteIsCheckedInFull() {
        // given a token that passed
        decoder.decode("header.claims.signature").block();

        // when the same claims come with another signature
        forged.add("header.claims.signaturf");

        // then that token gets the full check, and is refused
        StepVerifier.create(decoder.decode("header.claims.signaturf")).expectError(BadJwtException.class).verify();
        assertThat(checked).containsExactly("header.claims.signature", "header.claims.signaturf");
    }

    private Jwt jwt(String token) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("sub-" + token)
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(TOKEN_LIFE)).build();
    }
}
