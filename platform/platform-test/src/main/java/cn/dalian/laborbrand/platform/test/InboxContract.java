package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What every consumer promises, checked with its real database and a real broker: an event delivered
 * twice has one effect, and a message it cannot read goes to its dead-letter topic with the reason and
 * the original coordinates, without stopping the events behind it. A service's
 * {@code @PlatformIntegrationTest} implements it by naming an event it consumes and how to count its effect.
 */
public interface InboxContract<P> {

    Duration PROCESSING = Duration.ofSeconds(60);

    EventDefinition<P> consumedEvent();

    /** A payload of the consumed event as its producer would send it, about a new subject each time. */
    P newPayload();

    /** The subject (Kafka key) of the event carrying that payload. */
    String subjectOf(P payload);

    /** How many times the event's effect shows in the service's own state. */
    long effectsOf(P payload);

    @Test
    default void anEventDeliveredTwiceChangesNothingTheSecondTime(@Autowired MeterRegistry meters) {
        // given one event, delivered twice (as after a rebalance or a producer retry)
        P payload = newPayload();
        String message = message(payload);
        double duplicatesBefore = duplicates(meters);
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), message);
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), message);

        // then the second delivery is recognised and the effect happens once
        await().atMost(PROCESSING).until(() -> duplicates(meters) > duplicatesBefore);
        assertThat(effectsOf(payload)).isEqualTo(1);
    }

    @Test
    default void aMessageThatIsNotAnEventGoesToTheDeadLetterTopicAndTheNextEventIsStillProcessed(
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given a poison message on the topic, followed by a good event
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaProbe.send(consumedEvent().topic(), poisonKey, "{\"this is\": \"not an event\"");
        P payload = newPayload();
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), message(payload));

        // then the poison lands in the group's dead-letter topic with the reason and where it came from
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> poisonKey.equals(r.key()), PROCESSING);
        assertThat(dead).as("poison message in the dead-letter topic").isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-original-topic")).isEqualTo(consumedEvent().topic());
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("not JSON");
        assertThat(dead.get().headers().lastHeader("kafka_dlt-original-offset")).isNotNull();

        // and the event behind it was processed all the same
        await().atMost(PROCESSING).until(() -> effectsOf(payload) == 1);
    }

    @Test
    default void anEventBreakingItsSchemaGoesToTheDeadLetterTopicWithoutRetries(
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given an event of the right type whose payload lacks a required field
        P payload = newPayload();
        String broken = message(payload).replaceFirst("\"payload\":\\{", "\"payload\":{\"unexpected\":true,");
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), broken);

        // then it is refused with the schema's reason, and has no effect
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(payload).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("does not match its schema");
        assertThat(effectsOf(payload)).isZero();
    }

    @Test
    default void anOperatorSeesWhatWasDeadLetteredAndReplaysItToItsTopic(@Value("${local.server.port}") int port,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given a message the consumer gave up on
        String key = "replay-" + UUID.randomUUID();
        KafkaProbe.send(consumedEvent().topic(), key, "not an event at all");
        assertThat(KafkaProbe.find("laborbrand." + group + ".dlt", r -> key.equals(r.key()), PROCESSING)).isPresent();
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        // when an operator looks at the dead letters, then it is there with its reason and origin
        http.get().uri("/actuator/deadletters").header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.key == '" + key + "')].originalTopic").isEqualTo(List.of(consumedEvent().topic()))
                .jsonPath("$[?(@.key == '" + key + "')].reason").value(List.class, reasons -> assertThat(reasons.toString()).contains("not JSON"));

        // and when the operator replays them, it goes back to its topic (where, still unreadable, it fails again)
        http.post().uri("/actuator/deadletters").header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.replayed").value(Integer.class, replayed -> assertThat(replayed).isPositive());
        assertThat(KafkaProbe.count(consumedEvent().topic(), r -> key.equals(r.key()), Duration.ofSeconds(20), 2)).isEqualTo(2);
    }

    private String message(P payload) {
        EventDefinition<P> event = consumedEvent();
        return new EventCodec().write(new EventEnvelope<>(UUID.randomUUID(), event.type(), event.schemaVersion(),
                java.time.Instant.now(), "test-producer", subjectOf(payload), "test-" + UUID.randomUUID(), payload));
    }

    private static double duplicates(MeterRegistry meters) {
        return meters.find("laborbrand.events.received").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
