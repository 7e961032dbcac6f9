package cn.dalian.laborbrand.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.dalian.laborbrand.contracts.events.SchemaVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventEnvelopeSchemaTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Schema schema = load("/schemas/envelope-v1.schema.json");

    @Test
    void anEnvelopeWrittenByAProducerMatchesTheEnvelopeSchema() {
        // given an envelope as a producer builds it
        var envelope = new EventEnvelope<>(UUID.fromString("0f8e5c2a-3b1d-4c6e-9a7f-2d4b6c8e0a1b"), "ApplicationSubmitted", SchemaVersion.of(1, 0),
                Instant.parse("2022-11-15T02:30:00Z"), "application-service", "6a1f0c3e-0000-4000-8000-000000000001",
                "spa-20221115-0001", Map.of("brandName", "大连甘井子金港家政服务师劳务品牌"));

        // when it is written as JSON
        JsonNode written = json.valueToTree(envelope);

        // then it satisfies the schema consumers rely on
        assertThat(schema.validate(written)).isEmpty();
        assertThat(written.get("occurredAt").asString()).isEqualTo("2022-11-15T02:30:00Z");
        assertThat(written.get("schemaVersion").asString()).isEqualTo("1.0");
    }

    @Test
    void anEnvelopeWithoutEventIdIsRejected() {
        ObjectNode envelope = validEnvelope();
        envelope.remove("eventId");

        assertThat(schema.validate(envelope)).extracting(error -> error.getMessage()).anyMatch(m -> m.contains("eventId"));
    }

    @Test
    void anUnknownEnvelopeFieldIsRejectedSoThatTyposDoNotGoUnnoticed() {
        ObjectNode envelope = validEnvelope();
        envelope.put("occuredAt", "2022-11-15T02:30:00Z");

        assertThat(schema.validate(envelope)).isNotEmpty();
    }

    private ObjectNode validEnvelope() {
        return (ObjectNode) json.valueToTree(new EventEnvelope<>(UUID.randomUUID(), "BrandCertified", SchemaVersion.of(1, 0), Instant.now(),
                "review-workflow-service", "case-1", null, Map.of("level", "CITY")));
    }

    private static Schema load(String resource) {
        try (InputStream in = EventEnvelopeSchemaTest.class.getResourceAsStream(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
