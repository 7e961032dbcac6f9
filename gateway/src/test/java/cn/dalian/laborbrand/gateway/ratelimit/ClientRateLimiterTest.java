package cn.dalian.laborbrand.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

class ClientRateLimiterTest {

    /** 3 at once, then 1 more every 2 seconds. */
    private static final RateLimitProperties LIMITS = new RateLimitProperties(3, 1, Duration.ofSeconds(2), 1000, Duration.ofMinutes(10));

    private final ManualClock clock = new ManualClock();
    private final ClientRateLimiter limiter = new ClientRateLimiter(LIMITS, clock);

    @Test
    void aClientMaySendItsBurstAndIsThenToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("sub:a").allowed()).isTrue();
        }

        var refused = limiter.tryAcquire("sub:a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("sub:a");
        }
        clock.advance(Duration.ofMillis(1500));

        // 0.5 s are left until the next token: Retry-After cannot say less than 1
        assertThat(limiter.tryAcquire("sub:a").retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("sub:a");
        }
        clock.advance(Duration.ofSeconds(2));

        assertThat(limiter.tryAcquire("sub:a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("sub:a").allowed()).isFalse();
    }

    @Test
    void eachClientHasABucketOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("sub:a");
        }

        assertThat(limiter.tryAcquire("sub:a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("sub:b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aTokenGivenBackMayBeTakenAgain() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("ip:10.0.0.1");
        }

        limiter.giveBack("ip:10.0.0.1");

        assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isFalse();
    }

    @Test
    void givingBackNeverFillsABucketBeyondItsBurst() {
        limiter.tryAcquire("ip:10.0.0.1");
        limiter.giveBack("ip:10.0.0.1");
        limiter.giveBack("ip:10.0.0.1");

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isFalse();
    }

    private static final class ManualClock implements TimeMeter {

        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public String toString() {
            return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
        }
    }
}
