package cn.dalian.laborbrand.platform.starter.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events are retried on both sides of Kafka.
 *
 * @param consumerAttempts    deliveries of a failing event before it goes to the dead-letter topic
 * @param consumerBackoff     the wait before the first redelivery; doubled each time
 * @param resubmitInterval    how often the outbox relay looks for events Kafka has not acknowledged
 * @param resubmitAfter       how long an unacknowledged event waits before it is sent again
 */
@ConfigurationProperties("laborbrand.events")
public record EventRetryProperties(@DefaultValue("4") int consumerAttempts, @DefaultValue("1s") Duration consumerBackoff,
        @DefaultValue("15s") Duration resubmitInterval, @DefaultValue("30s") Duration resubmitAfter) {
}
