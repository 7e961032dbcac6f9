package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;

/**
 * What every producer promises about its events, checked with its real database and a real broker:
 * the event is written with the state change (a rolled-back change publishes nothing), reaches its
 * topic keyed by its subject, signed with the topic's producer as {@code source}, and is not lost when the broker is down at that moment. A service's
 * {@code @PlatformIntegrationTest} implements it by naming one state change that publishes.
 */
public interface OutboxContract {

    Duration DELIVERY = Duration.ofSeconds(60);

    /** The event the state change publishes. */
    EventDefinition<?> publishedEvent();

    /** Makes the state change and commits it; returns the published event's subject (its Kafka key). */
    String changeStateAndCommit();

    /** Makes the same state change, publishing the event, in a transaction that then fails and rolls back. */
    void changeStateThenRollBack();

    @Test
    default void aCommittedChangeIsPublishedToItsTopicKeyedByItsSubject() {
        // when the state change commits
        String subject = changeStateAndCommit();

        // then its event arrives on the type's topic, keyed by the aggregate, in a valid envelope
        var record = KafkaProbe.find(publishedEvent().topic(), r -> subject.equals(r.key()), DELIVERY);
        assertThat(record).as("%s for %s on %s", publishedEvent().type(), subject, publishedEvent().topic()).isPresent();
        var envelope = new EventCodec().read(record.get().value(), publishedEvent());
        assertThat(envelope.subject()).isEqualTo(subject);
        // signed by this service, which must be the topic's producer, or every consumer would dead-letter it
        assertThat(envelope.source()).as("source of %s", publishedEvent().type()).isEqualTo(publishedEvent().producer());
        assertThat(KafkaProbe.header(record.get(), "laborbrand-event-id")).isEqualTo(envelope.eventId().toString());
        // the trace of the change travels on, so that one user action is one trace across services
        assertThat(KafkaProbe.header(record.get(), "traceparent")).as("W3C trace context header").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    default void aRolledBackChangePublishesNothing(@Autowired JdbcClient jdbc) {
        // given the outbox as it stands
        long before = outboxSize(jdbc);

        // when the change fails after publishing its event
        assertThatThrownBy(this::changeStateThenRollBack).isInstanceOf(RuntimeException.class);

        // then no event was written: the outbox is the only way out to Kafka
        assertThat(outboxSize(jdbc)).isEqualTo(before);
    }

    @Test
    default void anEventWrittenWhileKafkaIsDownIsPublishedOnceKafkaIsBack(@Autowired JdbcClient jdbc) {
        // given the broker is down
        PlatformTestInfrastructure.stopKafka();
        String subject;
        try {
            // when the change commits meanwhile, the caller is not held up and the event waits in the outbox
            long started = System.nanoTime();
            subject = changeStateAndCommit();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(outboxSize(jdbc)).isPositive();
        } finally {
            PlatformTestInfrastructure.startKafka();
        }

        // then once the broker is back, the event is published
        assertThat(KafkaProbe.find(publishedEvent().topic(), r -> subject.equals(r.key()), DELIVERY))
                .as("%s written during the outage", publishedEvent().type()).isPresent();
    }

    private static long outboxSize(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single();
    }
}
