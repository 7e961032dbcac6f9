package cn.dalian.laborbrand.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets per client key, in this gateway instance's memory (Bucket4j). The buckets live in a
 * bounded cache that forgets idle clients, so a flood of new addresses cannot exhaust memory. With
 * several gateway instances each enforces the limit on its own share of the traffic.
 */
public class ClientRateLimiter {

    private final RateLimitProperties limits;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimiter(RateLimitProperties limits) {
        this(limits, TimeMeter.SYSTEM_MILLISECONDS);
    }

    ClientRateLimiter(RateLimitProperties limits, TimeMeter clock) {
        this.limits = limits;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxClients())
                .expireAfterAccess(limits.idleExpiry())
                .build();
    }

    /** Takes one token from the client's bucket, or says how long until one is back. */
    public Decision tryAcquire(String clientKey) {
        ConsumptionProbe probe = buckets.get(clientKey, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.ALLOWED : Decision.refused(probe.getNanosToWaitForRefill());
    }

    /** Gives back a token taken by {@link #tryAcquire}, never filling the bucket beyond its capacity. */
    public void giveBack(String clientKey) {
        Bucket bucket = buckets.getIfPresent(clientKey);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.capacity()).refillGreedy(limits.refillTokens(), limits.refillPeriod()))
                .withCustomTimePrecision(clock)
                .build();
    }

    /**
     * @param retryAfter when refused: whole seconds until a token is back (at least one), as {@code Retry-After} wants
     */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        static Decision refused(long nanosToWait) {
            long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
            return new Decision(false, Duration.ofSeconds(seconds));
        }
    }
}
