package cn.dalian.laborbrand.platform.starter.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * {@code /actuator/deadletters} (operators only): what this service's consumers gave up on, with the
 * reason and where each came from; a POST replays them. A replayed event is handed to this service's own listener of
 * its original topic, as the listener container would hand it: the broker lets a service write only its own topics
 * (deploy/kafka/topic-access.txt), and sending it back to its producer's topic would show it again to every other
 * consumer. Replaying is safe because consumers are idempotent: an event that was processed after all changes nothing.
 * One that fails again goes back to the dead-letter topic with the new reason. What was replayed is remembered (the
 * offsets of the group {@code <group>.dlt-replay}), so it is not shown or replayed again.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private static final Duration READ_LIMIT = Duration.ofSeconds(10);
    private static final int MAX_RECORDS = 500;

    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<byte[], byte[]> raw;
    private final KafkaListenerEndpointRegistry listeners;
    private final String topic;
    private final String replayGroup;

    DeadLetterEndpoint(ConsumerFactory<?, ?> consumers, KafkaTemplate<byte[], byte[]> raw, KafkaListenerEndpointRegistry listeners,
            String consumerGroup) {
        this.consumers = consumers;
        this.raw = raw;
        this.listeners = listeners;
        this.topic = DeadLetterTopic.of(consumerGroup);
        this.replayGroup = consumerGroup + ".dlt-replay";
    }

    /** One event a consumer gave up on. */
    public record DeadLetter(long deadLetterOffset, String key, String originalTopic, Integer originalPartition, Long originalOffset,
            String eventId, String eventType, String exception, String reason, Instant failedAt) {
    }

    /** @param replayed dead letters handed to their listener again; @param failedAgain those of them dead-lettered once more */
    public record Replay(String topic, int replayed, int failedAgain) {
    }

    @ReadOperation
    public List<DeadLetter> deadLetters() {
        List<DeadLetter> letters = new ArrayList<>();
        readPending(record -> letters.add(describe(record)), false);
        return letters;
    }

    @WriteOperation
    public Replay replay() {
        int[] replayed = { 0 };
        int[] failedAgain = { 0 };
        readPending(record -> {
            replayed[0]++;
            try {
                redeliver(record);
            } catch (RuntimeException failure) {
                deadLetterAgain(record, failure);
                failedAgain[0]++;
            }
        }, true);
        return new Replay(topic, replayed[0], failedAgain[0]);
    }

    /** Hands the dead letter, as it first arrived, to the listener of its original topic in this service. */
    private void redeliver(ConsumerRecord<byte[], byte[]> deadLetter) {
        String original = header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String partition = header(deadLetter, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        String offset = header(deadLetter, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                headers.add(header);
            }
        }
        // the listeners read keys and values as text (spring.kafka.consumer's deserializers)
        ConsumerRecord<String, String> again = new ConsumerRecord<>(original, partition == null ? 0 : Integer.parseInt(partition),
                offset == null ? -1 : Long.parseLong(offset), deadLetter.timestamp(), deadLetter.timestampType(),
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, text(deadLetter.key()), text(deadLetter.value()), headers,
                Optional.empty());
        listenerOf(original).onMessage(again, null, null);
    }

    @SuppressWarnings("unchecked")
    private AcknowledgingConsumerAwareMessageListener<String, String> listenerOf(String topic) {
        return listeners.getListenerContainers().stream()
                .filter(container -> Arrays.asList(container.getContainerProperties().getTopics()).contains(topic))
                .map(container -> container.getContainerProperties().getMessageListener())
                .filter(AcknowledgingConsumerAwareMessageListener.class::isInstance)
                .map(listener -> (AcknowledgingConsumerAwareMessageListener<String, String>) listener)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no listener of " + topic + " in this service any more"));
    }

    /** Back to the dead-letter topic, with its original coordinates and the new reason. */
    private void deadLetterAgain(ConsumerRecord<byte[], byte[]> deadLetter, RuntimeException failure) {
        Throwable cause = failure instanceof ListenerExecutionFailedException && failure.getCause() != null ? failure.getCause() : failure;
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, null, deadLetter.key(), deadLetter.value());
        for (Header header : deadLetter.headers()) {
            if (!header.key().equals(KafkaHeaders.DLT_EXCEPTION_FQCN) && !header.key().equals(KafkaHeaders.DLT_EXCEPTION_MESSAGE)
                    && !header.key().equals(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)) {
                again.headers().add(header);
            }
        }
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN, cause.getClass().getName().getBytes(StandardCharsets.UTF_8));
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8));
        raw.send(again).join();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads what the replay group has not yet replayed, up to the current end of the topic. */
    private void readPending(Consumer<ConsumerRecord<byte[], byte[]>> action, boolean commit) {
        Map<String, Object> overrides = Map.of(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        @SuppressWarnings("unchecked")
        var factory = (ConsumerFactory<byte[], byte[]>) consumers;
        try (var consumer = factory.createConsumer(replayGroup, null, null, toProperties(overrides))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_LIMIT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_LIMIT);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            Instant deadline = Instant.now().plus(READ_LIMIT);
            int seen = 0;
            while (Instant.now().isBefore(deadline) && seen < MAX_RECORDS
                    && partitions.stream().anyMatch(p -> consumer.position(p, READ_LIMIT) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    action.accept(record);
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                    seen++;
                }
            }
            if (commit && !done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
    }

    private static java.util.Properties toProperties(Map<String, Object> overrides) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(overrides);
        return properties;
    }

    private static DeadLetter describe(ConsumerRecord<byte[], byte[]> record) {
        String partition = header(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        String offset = header(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return new DeadLetter(record.offset(), record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset),
                header(record, EventHeaders.EVENT_ID), header(record, EventHeaders.EVENT_TYPE),
                header(record, KafkaHeaders.DLT_EXCEPTION_FQCN), header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                Instant.ofEpochMilli(record.timestamp()));
    }

    /** Spring Kafka writes partition and offset as binary numbers, everything else as text. */
    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        byte[] value = header.value();
        if (name.equals(KafkaHeaders.DLT_ORIGINAL_PARTITION) && value.length == Integer.BYTES) {
            return String.valueOf(java.nio.ByteBuffer.wrap(value).getInt());
        }
        if (name.equals(KafkaHeaders.DLT_ORIGINAL_OFFSET) && value.length == Long.BYTES) {
            return String.valueOf(java.nio.ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }
}
