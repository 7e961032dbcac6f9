package cn.dalian.laborbrand.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aStoredEnvelopeReadsAsACloudEventWithItsPayloadAsData() {
        // given the envelope of a provincial certification as the journal stored it
        JsonNode envelope = JSON.readTree("""
                {"eventId": "0b0f3c55-9a7e-4b7a-9a43-3f0c2f7d1e21", "type": "ProvincialCertificationRecorded", "schemaVersion": "1.0",
                 "occurredAt": "2024-01-15T02:30:00Z", "source": "brand-registry-service", "subject": "5d1c0a3e-8f7b-4c2d-9e6a-1b2c3d4e5f60",
                 "correlationId": "c-1", "payload": {"brandId": "5d1c0a3e-8f7b-4c2d-9e6a-1b2c3d4e5f60", "decisionReference": "辽人社〔2023〕45号"}}
                """);

        // when it is mapped at position 42
        CloudEvent event = CloudEvents.of(42, envelope);

        // then the CloudEvent names the same event, its type and schema by major version, and carries the payload untouched
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.id()).isEqualTo("0b0f3c55-9a7e-4b7a-9a43-3f0c2f7d1e21");
        assertThat(event.source()).isEqualTo("urn:laborbrand:dalian:brand-registry");
        assertThat(event.type()).isEqualTo("cn.dalian.laborbrand.registry.ProvincialCertificationRecorded.v1");
        assertThat(event.subject()).isEqualTo("5d1c0a3e-8f7b-4c2d-9e6a-1b2c3d4e5f60");
        assertThat(event.time()).isEqualTo("2024-01-15T02:30:00Z");
        assertThat(event.datacontenttype()).isEqualTo("application/json");
        assertThat(event.dataschema()).isEqualTo("urn:laborbrand:dalian:schema:events:ProvincialCertificationRecorded.v1");
        assertThat(event.schemaversion()).isEqualTo("1.0");
        assertThat(event.feedposition()).isEqualTo("42");
        assertThat(event.data()).isEqualTo(envelope.get("payload"));
    }
}
