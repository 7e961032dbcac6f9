package cn.dalian.laborbrand.platform.starter.events;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What happens to an event a consumer cannot process: a bounded number of redeliveries with growing
 * back-off, then the consumer group's dead-letter topic, where Spring Kafka's headers keep the reason
 * ({@code kafka_dlt-exception-message}, {@code -fqcn}, {@code -stacktrace}) and the original
 * coordinates ({@code kafka_dlt-original-topic}, {@code -partition}, {@code -offset}, {@code -consumer-group}).
 * A malformed message, a forged one ({@code ForgedEventException}, a {@code MalformedEventException}: not from its
 * topic's producer), or one the deserializer could not read, is not retried at all.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    private static Throwable rootCauseOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** @param raw sends a message the deserializer rejected, kept as raw bytes */
    static DefaultErrorHandler errorHandler(KafkaTemplate<byte[], byte[]> raw, KafkaTemplate<?, ?> template,
            String consumerGroup, EventRetryProperties retry, MeterRegistry meters) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new java.util.LinkedHashMap<>();
        templates.put(byte[].class, raw);
        templates.put(Object.class, template);
        String topic = DeadLetterTopic.of(consumerGroup);
        var recoverer = new DeadLetterPublishingRecoverer(templates, (record, failure) -> new TopicPartition(topic, -1));
        var backOff = new ExponentialBackOffWithMaxRetries(Math.max(0, retry.consumerAttempts() - 1));
        backOff.setInitialInterval(retry.consumerBackoff().toMillis());
        backOff.setMultiplier(2.0);
        var handler = new DefaultErrorHandler((record, failure) -> {
            meters.counter("laborbrand.events.dead-lettered", "topic", record.topic(), "group", consumerGroup).increment();
            recoverer.accept(record, failure);
        }, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        // each failed attempt says why, so that an operator need not wait for the dead letter to learn it
        handler.setRetryListeners((record, failure, attempt) -> log.warn("{} at {}-{}@{} failed (attempt {} of {}): {}", consumerGroup,
                record.topic(), record.partition(), record.offset(), attempt, retry.consumerAttempts(), rootCauseOf(failure).toString()));
        return handler;
    }
}
