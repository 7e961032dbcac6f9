package cn.dalian.laborbrand.contracts.events;

import java.util.Objects;

/**
 * An event a state change causes, before it is published: which event, about which aggregate (its subject,
 * the Kafka key), with which payload. Aggregates return it beside their new state; the service stores both and
 * hands this to the outbox in the same transaction.
 */
public record OutgoingEvent<P>(EventDefinition<P> definition, String subject, P payload) {

    public OutgoingEvent {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
    }
}
