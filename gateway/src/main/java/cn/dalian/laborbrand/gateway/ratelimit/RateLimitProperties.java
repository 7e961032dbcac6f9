package cn.dalian.laborbrand.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * One token bucket per client.
 *
 * @param capacity     the burst a client may send at once
 * @param refillTokens tokens added back every {@code refillPeriod} (the sustained rate)
 * @param maxClients   buckets kept at most; the least recently used go first
 * @param idleExpiry   a client's bucket is dropped after this long without a request (it would be full again anyway)
 */
@Validated
@ConfigurationProperties("laborbrand.gateway.rate-limit")
public record RateLimitProperties(@Positive long capacity, @Positive long refillTokens, @NotNull Duration refillPeriod,
        @Positive long maxClients, @NotNull Duration idleExpiry) {
}
