package cn.dalian.laborbrand.eligibility;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/**
 * Events sent as their producers send them, each with an id of its own by which the test knows when this service
 * has processed it: for the events whose effect is that nothing changes.
 */
public final class Deliveries {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    private Deliveries() {
    }

    /** Sends the event to its topic, keyed by its subject, and waits until this service's inbox has processed it. */
    public static <P> void deliverAndAwait(JdbcClient jdbc, EventDefinition<P> event, P payload) {
        UUID eventId = UUID.randomUUID();
        String subject = SampleEvents.subjectOf(payload);
        KafkaProbe.send(event.topic(), subject, SampleEvents.message(event, eventId, payload));
        await().atMost(PROCESSING).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .param("id", eventId).query(Long.class).single() == 1);
    }
}
