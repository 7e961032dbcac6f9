package cn.dalian.laborbrand.contracts.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event type of the platform's published language: its name, the version of its payload schema, the
 * Kafka topic it travels on ({@code laborbrand.<aggregate>.<event>}), the one service that writes that topic,
 * the record consumers read its payload into, and where its JSON Schema is. Each producer declares its
 * definitions in one class (for example {@code ApplicationEvents}); {@link EventCatalog} lists them all.
 *
 * @param version        the version producers write; consumers read every minor version of its major
 * @param producer       the service (its {@code spring.application.name}, the envelope's {@code source}) that alone
 *                       writes the topic; an event on it from anyone else is refused (see {@link TopicOwnership})
 * @param schemaResource the classpath resource of the major version's JSON Schema
 */
public record EventDefinition<P>(String type, SchemaVersion version, String topic, String producer, Class<P> payloadType,
        String schemaResource) {

    private static final Pattern TOPIC = Pattern.compile("laborbrand\\.[a-z-]+\\.[a-z-]+");
    private static final Pattern SERVICE = Pattern.compile("[a-z]+(-[a-z]+)*-service");

    public EventDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaResource, "schemaResource");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic " + topic + " is not laborbrand.<aggregate>.<event>");
        }
        if (!SERVICE.matcher(producer).matches()) {
            throw new IllegalArgumentException("producer " + producer + " of " + topic + " is not a service's name such as review-workflow-service");
        }
    }

    /** An event type whose schema is {@code schemas/events/<type>.v<major>.schema.json}. */
    public static <P> EventDefinition<P> of(String type, String version, String topic, String producer, Class<P> payloadType) {
        SchemaVersion parsed = SchemaVersion.parse(version);
        return new EventDefinition<>(type, parsed, topic, producer, payloadType, schemaResourceOf(type, parsed.major()));
    }

    /** This event about one aggregate, ready for the outbox. */
    public OutgoingEvent<P> about(Object subject, P payload) {
        return new OutgoingEvent<>(this, String.valueOf(subject), payload);
    }

    static String schemaResourceOf(String type, int major) {
        return "schemas/events/" + type + ".v" + major + ".schema.json";
    }
}
