package cn.dalian.laborbrand.platform.starter.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.platform.web.CorrelationId;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where a service receives an event: it is read against its schema (a malformed one is thrown out as
 * {@code MalformedEventException}, which goes straight to the dead-letter topic), then its effect and
 * its entry in {@code processed_event} commit in one transaction. A redelivered event finds its entry
 * and changes nothing; a failing effect rolls back both and is retried.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

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

    /** Applies the effect once per event, whatever the number of deliveries. */
    public <P> void receive(String message, EventDefinition<P> event, Consumer<EventEnvelope<P>> effect) {
        EventEnvelope<P> envelope = codec.read(message, event);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.KEY, envelope.correlationId())) {
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
