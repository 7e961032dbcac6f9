package cn.dalian.laborbrand.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that could not go now is tried again: {@code first}, doubled after every failed try, never more than
 * {@code longest}, and not before the provider asked ({@code Retry-After}); once {@code giveUpAfter} has passed since the
 * message was planned (or resent), it fails.
 */
record RetryPolicy(Duration first, Duration longest, Duration giveUpAfter) {

    /** The wait after the {@code tries}-th failed try (1 for the first): first · 2^(tries−1), at most {@code longest}. */
    Duration delayAfter(int tries) {
        Duration delay = first;
        for (int i = 1; i < tries && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /**
     * When to try again after the {@code tries}-th failed try, or empty when it is time to give up.
     *
     * @param retryAfter how long the provider asked to wait, or null
     */
    Optional<Instant> nextAttempt(int tries, Duration retryAfter, Instant since, Instant now) {
        Duration delay = delayAfter(tries);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        Instant next = now.plus(delay);
        return next.isAfter(since.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
