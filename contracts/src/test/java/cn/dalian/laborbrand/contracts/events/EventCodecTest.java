package cn.dalian.laborbrand.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMessageThatIsNotJsonIsRefusedAsMalformed() {
        assertThatThrownBy(() -> codec.read("{\"eventId\": ", ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void anEventOfAnotherTypeIsRefused() {
        String certified = codec.write(EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, EventSamples.payloadOf(ReviewEvents.BRAND_CERTIFIED)));

        assertThatThrownBy(() -> codec.read(certified, ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("expected ApplicationSubmitted but the message is BrandCertified");
    }

    @Test
    void aMajorVersionTheConsumerDoesNotReadIsRefusedWithTheReason() {
        // given a producer that moved on to a new major version
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        message.put("schemaVersion", "2.0");

        // then a consumer of 1.x refuses it, saying why (the reason travels to the dead-letter topic)
        assertThatThrownBy(() -> codec.read(message.toString(), ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ApplicationSubmitted 2.0 is of major version 2, which this consumer does not read (it reads 1.x)");
    }

    @Test
    void anOldConsumerReadsANewerMinorVersionIgnoringTheFieldsItAdded() {
        // given the message a newer producer (1.3) writes: a field added to the payload, one to a year's figures
        // and one to the envelope
        ApplicationSubmitted sent = EventSamples.payloadOf(ApplicationEvents.SUBMITTED);
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        message.put("schemaVersion", "1.3");
        message.put("dataContentType", "application/json");
        ObjectNode payload = (ObjectNode) message.get("payload");
        payload.put("supplementRound", 2);
        ((ObjectNode) payload.get("declaredYears").get(0)).put("outOfProvinceCount", 120);

        // when a consumer of 1.0 reads it
        EventEnvelope<ApplicationSubmitted> read = codec.read(message.toString(), ApplicationEvents.SUBMITTED);

        // then it reads what it knows, exactly as the producer meant it
        assertThat(read.payload()).isEqualTo(sent);
        assertThat(read.schemaVersion()).isEqualTo(SchemaVersion.of(1, 3));
    }

    @Test
    void aNewConsumerReadsAnOlderMinorVersionFindingTheFieldsAddedSinceAbsent() {
        // given PublicityEnded as today's producer writes it (1.0)
        PublicityEnded sent = EventSamples.payloadOf(ReviewEvents.PUBLICITY_ENDED);
        String message = codec.write(EventSamples.envelope(ReviewEvents.PUBLICITY_ENDED, sent));

        // when a consumer already built for 1.1, which adds the number of objections resolved, reads it
        EventEnvelope<PublicityEndedV1_1> read = codec.read(message, PublicityEndedV1_1.DEFINITION);

        // then every field of 1.0 is there and the added one is absent
        assertThat(read.payload().caseId()).isEqualTo(sent.caseId());
        assertThat(read.payload().endedOn()).isEqualTo(sent.endedOn());
        assertThat(read.payload().forwardedToCity()).isTrue();
        assertThat(read.payload().objectionsResolved()).isNull();
    }

    @Test
    void toleranceStopsAtWhatTheConsumerReliesOn() {
        // given a newer minor version whose producer dropped a field 1.0 requires (which a minor version may not do)
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        message.put("schemaVersion", "1.4");
        ((ObjectNode) message.get("payload")).remove("requestedLevels");

        // then it is refused, naming the field
        assertThatThrownBy(() -> codec.read(message.toString(), ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("requestedLevels");
    }

    @Test
    void aMessageWithoutASchemaVersionIsRefused() {
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        message.remove("schemaVersion");

        assertThatThrownBy(() -> codec.read(message.toString(), ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("names no schema version");
    }

    @Test
    void aProducerCannotWriteAFieldItsSchemaDoesNotName() {
        // given a payload type carrying a field that 1.0 does not have, sent as 1.0
        var extended = new PublicityEndedV1_1(EventSamples.CASE, EventSamples.APPLICATION, EventSamples.ORG, "210211",
                EventSamples.BRAND_NAME, java.time.LocalDate.of(2022, 11, 25), true, 1);

        assertThatThrownBy(() -> codec.write(new EventEnvelope<>(UUID.randomUUID(), "PublicityEnded", SchemaVersion.of(1, 0),
                java.time.Instant.parse("2022-11-28T00:00:00Z"), "review-workflow-service", EventSamples.CASE.toString(), null, extended)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objectionsResolved");
    }

    @Test
    void aPayloadMissingARequiredFieldIsRefusedWithTheFieldNamed() {
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        ((ObjectNode) message.get("payload")).remove("district");

        assertThatThrownBy(() -> codec.read(message.toString(), ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("district");
    }

    @Test
    void aProducerCannotWriteAPayloadItsSchemaRejects() {
        // given a certification whose organisation code is not a Unified Social Credit Code
        BrandCertified valid = EventSamples.payloadOf(ReviewEvents.BRAND_CERTIFIED);
        BrandCertified broken = new BrandCertified(valid.brandId(), valid.caseId(), valid.applicationId(), valid.campaign(), "ORG-A",
                valid.unitName(), valid.district(), valid.brandName(), valid.level(), valid.decisionDate(), valid.decidedBy());

        assertThatThrownBy(() -> codec.write(EventSamples.envelope(ReviewEvents.BRAND_CERTIFIED, broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BrandCertified v1.0 breaks its schema");
    }

    @Test
    void theEnvelopeCarriesCorrelationAndTypeForRouting() {
        ApplicationSubmitted payload = EventSamples.payloadOf(ApplicationEvents.SUBMITTED);
        EventEnvelope<ApplicationSubmitted> envelope = new EventEnvelope<>(UUID.randomUUID(), "ApplicationSubmitted", SchemaVersion.of(1, 0),
                java.time.Instant.parse("2022-11-15T02:30:00Z"), "application-service", payload.applicationId().toString(),
                "spa-20221115-0001", payload);

        String written = codec.write(envelope);

        assertThat(codec.typeOf(written)).isEqualTo("ApplicationSubmitted");
        assertThat(codec.read(written, ApplicationEvents.SUBMITTED)).isEqualTo(envelope);
    }

    private <P> ObjectNode written(EventDefinition<P> event) {
        return (ObjectNode) json.readTree(codec.write(EventSamples.envelope(event, EventSamples.payloadOf(event))));
    }
}
