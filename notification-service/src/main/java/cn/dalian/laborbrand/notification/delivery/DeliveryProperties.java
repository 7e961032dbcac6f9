package cn.dalian.laborbrand.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the planner and the sender pace themselves.
 *
 * @param interval    how often each looks for work
 * @param batchSize   at most this many dispatches planned, or deliveries sent, per run
 * @param lease       how long a delivery taken by a sender is left to it (longer than a send with its timeouts)
 * @param retryFirst  the first wait before a message that could not go is tried again, doubled each time …
 * @param retryLongest … up to this
 * @param giveUpAfter how long after it was planned (or resent) a message that still cannot go fails
 * @param jobsEnabled whether this instance plans and sends (other test contexts turn it off: they share the database)
 */
@Validated
@ConfigurationProperties("laborbrand.notification.delivery")
record DeliveryProperties(@DefaultValue("2s") Duration interval, @DefaultValue("20") @Positive int batchSize,
        @DefaultValue("2m") Duration lease, @DefaultValue("30s") Duration retryFirst, @DefaultValue("30m") Duration retryLongest,
        @DefaultValue("24h") Duration giveUpAfter, @DefaultValue("true") boolean jobsEnabled) {

    RetryPolicy retries() {
        return new RetryPolicy(retryFirst, retryLongest, giveUpAfter);
    }
}
