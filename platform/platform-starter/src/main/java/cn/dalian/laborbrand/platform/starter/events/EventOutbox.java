package cn.dalian.laborbrand.platform.starter.events;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.platform.web.CorrelationId;

/**
 * Where a service puts the events of a state change. The event is written to the outbox (Spring
 * Modulith's event publication registry) in the caller's transaction, so it exists exactly when the
 * change commits; the relay sends it to Kafka after the commit. Outside a transaction it refuses,
 * because an event without its change, or a change without its event, is what the outbox prevents. It signs every
 * event with the service's name ({@code spring.application.name}) as {@code source}, and publishes only the events of
 * the topics this service owns ({@code EventDefinition.producer}).
 */
public class EventOutbox {

    private final ApplicationEventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;
    private final String source;

    public EventOutbox(ApplicationEventPublisher publisher, EventCodec codec, Clock clock, String source) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
        this.source = source;
    }

    /** Writes the events a state change caused, in the transaction of that change. */
    public void publish(List<? extends OutgoingEvent<?>> events) {
        events.forEach(this::publish);
    }

    /** @return the envelope as it will be sent */
    public <P> EventEnvelope<P> publish(OutgoingEvent<P> event) {
        EventDefinition<P> definition = event.definition();
        if (!definition.producer().equals(source)) {
            // consumers would dead-letter it (TopicOwnership), and the broker's ACLs refuse the write anyway
            throw new IllegalStateException(source + " may not publish " + definition.type() + ": only " + definition.producer() + " writes "
                    + definition.topic());
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(definition.type() + " must be published inside the transaction of its state change");
        }
        EventEnvelope<P> envelope = new EventEnvelope<>(UUID.randomUUID(), definition.type(), definition.version(), clock.instant(),
                source, event.subject(), MDC.get(CorrelationId.KEY), event.payload());
        // a payload its schema rejects is a bug: fail now, while the change can still roll back
        codec.write(envelope);
        publisher.publishEvent(envelope);
        return envelope;
    }
}
