package cn.dalian.laborbrand.platform.starter.events;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.config.EventExternalizationAutoConfiguration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The event backbone every service shares: the transactional outbox ({@link EventOutbox}, Spring
 * Modulith's publication registry relayed to Kafka after commit, asynchronously, resubmitted when Kafka
 * did not acknowledge), the idempotent inbox ({@link EventInbox}), and per-consumer-group dead letters
 * with bounded, growing retries and a replay endpoint.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class, before = EventExternalizationAutoConfiguration.class)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(EventRetryProperties.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(EventCodec codec) {
        return EventRouting.of(codec);
    }

    @Bean
    EventOutbox eventOutbox(ApplicationEventPublisher publisher, EventCodec codec, Clock clock,
            @Value("${spring.application.name}") String service) {
        return new EventOutbox(publisher, codec, clock, service);
    }

    @Bean
    EventInbox eventInbox(EventCodec codec, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
            @Value("${spring.kafka.consumer.group-id}") String consumerGroup, MeterRegistry meters) {
        return new EventInbox(codec, jdbc, transaction, clock, consumerGroup, meters);
    }

    @Bean
    OutboxResubmission outboxResubmission(IncompleteEventPublications incomplete, EventRetryProperties retry) {
        return new OutboxResubmission(incomplete, retry);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(ProducerFactory<?, ?> producerFactory, KafkaTemplate<?, ?> template,
            @Value("${spring.kafka.consumer.group-id}") String consumerGroup, EventRetryProperties retry, MeterRegistry meters) {
        return DeadLetters.errorHandler(rawTemplate(producerFactory), template, consumerGroup, retry, meters);
    }

    @Bean
    DeadLetterEndpoint deadLetterEndpoint(ConsumerFactory<?, ?> consumers, ProducerFactory<?, ?> producerFactory,
            KafkaListenerEndpointRegistry listeners, @Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
        return new DeadLetterEndpoint(consumers, rawTemplate(producerFactory), listeners, consumerGroup);
    }

    /** The relay sends after the request's thread is gone: carry the trace (and MDC) across. */
    @Bean
    @ConditionalOnMissingBean
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    /** A template for messages kept as raw bytes: dead letters the deserializer rejected, and replays. */
    @SuppressWarnings("unchecked")
    private static KafkaTemplate<byte[], byte[]> rawTemplate(ProducerFactory<?, ?> producerFactory) {
        return new KafkaTemplate<>(((DefaultKafkaProducerFactory<byte[], byte[]>) producerFactory).copyWithConfigurationOverride(
                Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    }
}
