package cn.dalian.laborbrand.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
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
    void aSchemaVersionTheConsumerDoesNotReadIsRefused() {
        ObjectNode message = written(ApplicationEvents.SUBMITTED);
        message.put("schemaVersion", 2);

        assertThatThrownBy(() -> codec.read(message.toString(), ApplicationEvents.SUBMITTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("schema version 2");
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
                .hasMessageContaining("BrandCertified v1 breaks its schema");
    }

    @Test
    void theEnvelopeCarriesCorrelationAndTypeForRouting() {
        ApplicationSubmitted payload = EventSamples.payloadOf(ApplicationEvents.SUBMITTED);
        EventEnvelope<ApplicationSubmitted> envelope = new EventEnvelope<>(UUID.randomUUID(), "ApplicationSubmitted", 1,
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
