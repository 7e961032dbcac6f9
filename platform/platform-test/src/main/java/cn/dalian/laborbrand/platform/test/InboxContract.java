package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.events.ForgedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every consumer promises, checked with its real database and a real broker: an event delivered twice has
 * one effect; a newer minor version of the event (fields added) is read as before, a new major version is not
 * guessed at; a message it cannot read, or an event its topic's producer did not write, goes to its dead-letter topic
 * with the reason and the original coordinates, without stopping the events behind it. A service's {@code @PlatformIntegrationTest} implements it
 * by naming an event it consumes and how to count its effect ({@link SampleEvents} provides the payloads).
 */
public interface InboxContract<P> {

    Duration PROCESSING = Duration.ofSeconds(60);
    JsonMapper JSON = JsonMapper.builder().build();

    EventDefinition<P> consumedEvent();

    /** How many times the event's effect shows in the service's own state. */
    long effectsOf(P payload);

    /** A payload of the consumed event as its producer would send it, about a new subject each time. */
    default P newPayload() {
        return SampleEvents.fresh(consumedEvent());
    }

    /** The subject (Kafka key) of the event carrying that payload. */
    default String subjectOf(P payload) {
        return SampleEvents.subjectOf(payload);
    }

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
        // given an event of the right type and version whose payload lacks the fields its schema requires
        P payload = newPayload();
        ObjectNode broken = written(payload);
        broken.set("payload", JSON.readTree("{\"unexpected\": true}"));
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), broken.toString());

        // then it is refused with the schema's reason, and has no effect
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(payload).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("does not match its schema");
        assertThat(effectsOf(payload)).isZero();
    }

    @Test
    default void anEventItsTopicsProducerDidNotWriteIsDeadLetteredWithoutEffectAndTheGenuineOneOfTheSameIdStillCounts(
            @Value("${spring.kafka.consumer.group-id}") String group, @Autowired MeterRegistry meters) {
        // given a well-formed event on its topic that claims another service than the topic's producer wrote it
        String topic = consumedEvent().topic();
        String owner = consumedEvent().producer();
        String impostor = "eligibility-service".equals(owner) ? "application-service" : "eligibility-service";
        P payload = newPayload();
        ObjectNode genuine = written(payload);
        ObjectNode forged = genuine.deepCopy().put("source", impostor);
        double forgedBefore = forged(meters, topic, impostor);
        KafkaProbe.send(topic, subjectOf(payload), forged.toString());

        // then it waits in the dead-letter topic at once, saying who claimed it and who owns the topic, is counted, and has no effect
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(payload).equals(r.key()), PROCESSING);
        assertThat(dead).as("the forged event in the dead-letter topic").isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-original-topic")).isEqualTo(topic);
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message"))
                .contains("claims to come from " + impostor)
                .contains("only " + owner + " writes " + topic);
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-cause-fqcn")).isEqualTo(ForgedEventException.class.getName());
        assertThat(forged(meters, topic, impostor)).isEqualTo(forgedBefore + 1);
        assertThat(effectsOf(payload)).isZero();

        // when the genuine event, of the same id, arrives after it
        KafkaProbe.send(topic, subjectOf(payload), genuine.toString());

        // then the forgery blocked nothing: it is processed as usual
        await().atMost(PROCESSING).until(() -> effectsOf(payload) == 1);
    }

    @Test
    default void aNewerMinorVersionWithAnAddedFieldIsProcessedAsBefore() {
        // given the event as a producer one minor version ahead writes it: a field this consumer does not know, in the
        // payload and in the envelope
        P payload = newPayload();
        ObjectNode newer = written(payload);
        newer.put("schemaVersion", consumedEvent().version().nextMinor().toString());
        newer.put("dataContentType", "application/json");
        ((ObjectNode) newer.get("payload")).put("addedByANewerProducer", "新增的可选字段");
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), newer.toString());

        // then the consumer reads what it knows, and the effect happens
        await().atMost(PROCESSING).until(() -> effectsOf(payload) == 1);
    }

    @Test
    default void aNewMajorVersionGoesToTheDeadLetterTopicWithTheReason(@Value("${spring.kafka.consumer.group-id}") String group) {
        // given the event as a producer writes it after a breaking change (a new major version)
        P payload = newPayload();
        ObjectNode next = written(payload);
        next.put("schemaVersion", consumedEvent().version().nextMajor().toString());
        KafkaProbe.send(consumedEvent().topic(), subjectOf(payload), next.toString());

        // then the consumer does not guess: the message waits in the dead-letter topic, saying why, and has no effect
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(payload).equals(r.key()), PROCESSING);
        assertThat(dead).as("the new major version in the dead-letter topic").isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message"))
                .contains("major version " + consumedEvent().version().nextMajor().major())
                .contains("which this consumer does not read");
        assertThat(effectsOf(payload)).isZero();
    }

    @Test
    default void anOperatorSeesWhatWasDeadLetteredAndAReplayThatFailsAgainIsDeadLetteredAgain(@Autowired RestTestClient http,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given a message the consumer gave up on
        String key = "replay-" + UUID.randomUUID();
        KafkaProbe.send(consumedEvent().topic(), key, "not an event at all");
        assertThat(KafkaProbe.find("laborbrand." + group + ".dlt", r -> key.equals(r.key()), PROCESSING)).isPresent();

        // when an operator looks at the dead letters, then it is there with its reason and origin
        http.get().uri("/actuator/deadletters").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.key == '" + key + "')].originalTopic").isEqualTo(List.of(consumedEvent().topic()))
                .jsonPath("$[?(@.key == '" + key + "')].reason").value(List.class, reasons -> assertThat(reasons.toString()).contains("not JSON"));

        // and when the operator replays them, the service's own listener gets it again and, still unreadable, it is dead-lettered again
        http.post().uri("/actuator/deadletters").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replayed").value(Integer.class, replayed -> assertThat(replayed).isPositive())
                .jsonPath("$.failedAgain").value(Integer.class, failed -> assertThat(failed).isPositive());
        assertThat(KafkaProbe.count("laborbrand." + group + ".dlt", r -> key.equals(r.key()), PROCESSING, 2)).isEqualTo(2);
        // without writing to its producer's topic, which the broker allows only its producer
        assertThat(KafkaProbe.count(consumedEvent().topic(), r -> key.equals(r.key()), Duration.ofSeconds(5), 2)).isEqualTo(1);
    }

    @Test
    default void aReplayedEventWhoseFailureHasPassedIsProcessed(@Autowired RestTestClient http,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given a genuine event that was dead-lettered while something it needed was down (as the error handler writes it)
        P payload = newPayload();
        KafkaProbe.send("laborbrand." + group + ".dlt", subjectOf(payload), message(payload),
                java.util.Map.of("kafka_dlt-original-topic", consumedEvent().topic(),
                        "kafka_dlt-exception-message", "Connection to the database refused"));
        assertThat(effectsOf(payload)).isZero();

        // when the operator replays the dead letters
        http.post().uri("/actuator/deadletters").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk();

        // then the event has its effect, once
        await().atMost(PROCESSING).until(() -> effectsOf(payload) == 1);
    }

    private String message(P payload) {
        return SampleEvents.message(consumedEvent(), payload);
    }

    private ObjectNode written(P payload) {
        return (ObjectNode) JSON.readTree(message(payload));
    }

    private static double forged(MeterRegistry meters, String topic, String source) {
        return meters.find("laborbrand.events.forged").tag("topic", topic).tag("source", source).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

        private static double duplicates(MeterRegistry meters) {
        return meters.find("laborbrand.events.received").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
