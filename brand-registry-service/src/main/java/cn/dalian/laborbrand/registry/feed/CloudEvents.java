package cn.dalian.laborbrand.registry.feed;

import tools.jackson.databind.JsonNode;

/** How a journal entry (the published envelope) reads as a CloudEvent: a fixed mapping, nothing looked up elsewhere. */
final class CloudEvents {

    static final String SPEC_VERSION = "1.0";
    static final String SOURCE = "urn:laborbrand:dalian:brand-registry";
    static final String TYPE_PREFIX = "cn.dalian.laborbrand.registry.";
    static final String SCHEMA_PREFIX = "urn:laborbrand:dalian:schema:events:";

    private CloudEvents() {
    }

    /** The event at a position of the journal, out of the envelope stored there. */
    static CloudEvent of(long position, JsonNode envelope) {
        String type = envelope.required("type").asString();
        String schemaVersion = envelope.required("schemaVersion").asString();
        String major = "v" + schemaVersion.substring(0, schemaVersion.indexOf('.'));
        return new CloudEvent(SPEC_VERSION, envelope.required("eventId").asString(), SOURCE, TYPE_PREFIX + type + "." + major,
                envelope.required("subject").asString(), envelope.required("occurredAt").asString(), "application/json",
                SCHEMA_PREFIX + type + "." + major, schemaVersion, Long.toString(position), envelope.required("payload"));
    }
}
