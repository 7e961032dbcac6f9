package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A client address may try a limited number of times in a sliding hour; beyond it, it is told when to come back. */
class ObjectionRateLimitTest {

    private static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z");

    private final ObjectionRateLimit limit = new ObjectionRateLimit(3, Duration.ofHours(1), 1000);

    @Test
    void theAttemptsWithinTheLimitPassAndTheNextIsToldWhenToComeBack() {
        // given three attempts at 9:00, 9:10 and 9:20
        assertThat(limit.attempt("223.104.7.18", NINE).allowed()).isTrue();
        assertThat(limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(10))).allowed()).isTrue();
        assertThat(limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(20))).allowed()).isTrue();

        // when a fourth comes at 9:30
        ObjectionRateLimit.Decision fourth = limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(30)));

        // then it is refused until the 9:00 attempt leaves the hour, at 10:00
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theWindowSlides() {
        for (int minute = 0; minute < 3; minute++) {
            limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(minute)));
        }

        assertThat(limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(59))).allowed()).isFalse();
        assertThat(limit.attempt("223.104.7.18", NINE.plus(Duration.ofMinutes(60))).allowed()).isTrue();
    }

    @Test
    void aRefusedAttemptDoesNotCountAndRetryAfterIsAtLeastASecond() {
        for (int i = 0; i < 3; i++) {
            limit.attempt("223.104.7.18", NINE);
        }
        limit.attempt("223.104.7.18", NINE.plusSeconds(10));

        ObjectionRateLimit.Decision almost = limit.attempt("223.104.7.18", NINE.plus(Duration.ofHours(1)).minusMillis(200));
        assertThat(almost.allowed()).isFalse();
        assertThat(almost.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limit.attempt("223.104.7.18", NINE.plus(Duration.ofHours(1))).allowed()).isTrue();
    }

    @Test
    void eachAddressHasItsOwnCount() {
        for (int i = 0; i < 3; i++) {
            limit.attempt("223.104.7.18", NINE);
        }

        assertThat(limit.attempt("223.104.7.18", NINE).allowed()).isFalse();
        assertThat(limit.attempt("113.231.40.9", NINE).allowed()).isTrue();
    }

    @Test
    void addressesWhoseAttemptsAllLeftTheWindowAreForgottenWhenTooManyAreKept() {
        ObjectionRateLimit small = new ObjectionRateLimit(1, Duration.ofHours(1), 2);
        small.attempt("10.0.0.1", NINE);
        small.attempt("10.0.0.2", NINE);
        small.attempt("10.0.0.3", NINE);

        // two hours later the old addresses are swept; an address still in its hour would keep its count
        assertThat(small.attempt("10.0.0.4", NINE.plus(Duration.ofHours(2))).allowed()).isTrue();
        assertThat(small.attempt("10.0.0.1", NINE.plus(Duration.ofHours(2))).allowed()).isTrue();
    }
}
