package cn.dalian.laborbrand.platform.starter.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCatalog;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.events.ForgedEventException;
import cn.dalian.laborbrand.contracts.events.TopicOwnership;
import cn.dalian.laborbrand.platform.web.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where a service receives an event: it is read against its schema (a malformed one is thrown out as
 * {@code MalformedEventException}, which goes straight to the dead-letter topic), its {@code source} must be
 * the producer that owns the topic ({@link TopicOwnership}; anything else is thrown out as
 * {@code ForgedEventException}, the same way), then its effect and its entry in {@code processed_event} commit
 * in one transaction. A redelivered event finds its entry and changes nothing; a failing effect rolls back both
 * and is retried. A refused event leaves no entry, so the genuine event of the same id is still processed.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
    /** The sources a forged event's counter may name: whatever else it claims is counted as "unknown", so that forgers cannot mint meters. */
    private static final Set<String> KNOWN_SOURCES = EventCatalog.ALL.stream().map(EventDefinition::producer).collect(Collectors.toSet());

    private final EventCodec codec;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String consumer;
    private final MeterRegistry meters;

    public EventInbox(EventCodec codec, JdbcClient jdbc, TransactionTemplate transaction, Clock clock, String consumer,
            MeterRegistry meters) {
        this.codec = codec;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.consumer = consumer;
        this.meters = meters;
    }

    /**
     * Applies the effect once per event, whatever the number of deliveries.
     *
     * @param message a record of the event's topic: the listener listens on {@code event.topic()} (a listener of several
     *                topics passes the definition of the topic the record came from, {@code EventCatalog.byTopic})
     */
    public <P> void receive(String message, EventDefinition<P> event, Consumer<EventEnvelope<P>> effect) {
        EventEnvelope<P> envelope = codec.read(message, event);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.KEY, envelope.correlationId())) {
            refuseUnlessFromTheProducer(event.topic(), envelope);
            boolean first = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!recordFirstDelivery(envelope)) {
                    return false;
                }
                effect.accept(envelope);
                return true;
            }));
            meters.counter("laborbrand.events.received", "type", envelope.type(), "outcome", first ? "processed" : "duplicate")
                    .increment();
            if (!first) {
                log.info("{} {} was processed before; this delivery changes nothing", envelope.type(), envelope.eventId());
            }
        }
    }

    /** Before any transaction: a forged event writes nothing, not even its id, which the genuine event may carry later. */
    private void refuseUnlessFromTheProducer(String topic, EventEnvelope<?> envelope) {
        try {
            TopicOwnership.verify(topic, envelope);
        } catch (ForgedEventException e) {
            meters.counter("laborbrand.events.forged", "topic", topic,
                    "source", KNOWN_SOURCES.contains(envelope.source()) ? envelope.source() : "unknown").increment();
            log.warn("{} refuses {}", consumer, e.getMessage());
            throw e;
        }
    }

    private boolean recordFirstDelivery(EventEnvelope<?> envelope) {
        return jdbc.sql("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                VALUES (:consumer, :eventId, :type, :at)
                ON CONFLICT (consumer, event_id) DO NOTHING
                """)
                .param("consumer", consumer)
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
