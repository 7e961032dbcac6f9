package cn.dalian.laborbrand.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(24));
    private static final Instant PLANNED = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void theWaitStartsAtTheBaseAndDoublesAfterEachFailedTryUpToTheCap() {
        assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(POLICY.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(POLICY.delayAfter(500)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theProvidersRetryAfterIsHonouredWhenLongerThanTheBackOff() {
        Instant now = PLANNED.plusSeconds(5);
        assertThat(POLICY.nextAttempt(1, Duration.ofSeconds(120), PLANNED, now)).contains(now.plusSeconds(120));
        assertThat(POLICY.nextAttempt(1, Duration.ofSeconds(5), PLANNED, now)).contains(now.plusSeconds(30));
    }

    @Test
    void aMessageIsGivenUpOnceTheNextTryWouldFallAfterTheGiveUpAge() {
        assertThat(POLICY.nextAttempt(40, null, PLANNED, PLANNED.plus(Duration.ofHours(23)))).contains(PLANNED.plus(Duration.ofMinutes(23 * 60 + 30)));
        assertThat(POLICY.nextAttempt(41, null, PLANNED, PLANNED.plus(Duration.ofMinutes(23 * 60 + 31)))).isEmpty();
    }
}
