package cn.dalian.laborbrand.contracts.envelope;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.SchemaVersion;

/**
 * The one envelope every event travels in (DESIGN.md, Events). Its JSON form is described by
 * {@code schemas/envelope-v1.schema.json}; the payload's form by the schema of its type and version.
 *
 * @param eventId       unique per event; consumers remember it to process each event once
 * @param type          the event type, e.g. {@code ApplicationSubmitted}
 * @param schemaVersion the version of the payload's schema, {@code MAJOR.MINOR} (see {@link SchemaVersion})
 * @param occurredAt    when the state change happened (UTC)
 * @param source        the producing service, e.g. {@code application-service}
 * @param subject       the aggregate's id; also the Kafka key, so one aggregate's events stay in order
 * @param correlationId the user action this event belongs to, carried from the gateway
 */
public record EventEnvelope<P>(UUID eventId, String type, SchemaVersion schemaVersion, Instant occurredAt, String source,
        String subject, String correlationId, P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(payload, "payload");
    }
}
