package cn.dalian.laborbrand.contracts.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event type of the platform's published language: its name, the version of its payload schema,
 * the Kafka topic it travels on ({@code laborbrand.<aggregate>.<event>}) and the record consumers read
 * its payload into. Each producer declares its definitions in one class (for example
 * {@code ApplicationEvents}); {@link EventCatalog} lists them all.
 */
public record EventDefinition<P>(String type, int schemaVersion, String topic, Class<P> payloadType) {

    private static final Pattern TOPIC = Pattern.compile("laborbrand\\.[a-z-]+\\.[a-z-]+");

    public EventDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic " + topic + " is not laborbrand.<aggregate>.<event>");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1");
        }
    }

    /** The classpath resource of the payload's JSON Schema. */
    public String schemaResource() {
        return schemaResource(type, schemaVersion);
    }

    static String schemaResource(String type, int schemaVersion) {
        return "schemas/events/" + type + ".v" + schemaVersion + ".schema.json";
    }
}
