package cn.dalian.laborbrand.contracts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events as JSON and reads them back, holding both sides to the schemas in {@code /schemas}. A producer
 * is held strictly: it cannot publish a payload its schema rejects, nor a field the schema does not name. A
 * consumer is a tolerant reader (see {@link SchemaVersion}): it reads every minor version of the major version
 * it knows, ignoring fields a newer minor added and finding fields an older minor lacked absent, and refuses
 * another major version, a wrong type, or a payload that breaks the rules it relies on. One codec serves every
 * service, so both sides agree on dates (ISO-8601), numbers and names.
 */
public final class EventCodec {

    private static final String ENVELOPE_SCHEMA = "schemas/envelope-v1.schema.json";
    /** What a newer minor version may add without the reader noticing: properties the reader's schema does not name. */
    private static final Set<String> TOLERATED_ON_READ = Set.of("additionalProperties", "unevaluatedProperties");

    private final JsonMapper writer = JsonMapper.builder().build();
    private final JsonMapper reader = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The envelope as JSON; a payload that breaks its own schema is a bug of the producer and fails here. */
    public String write(EventEnvelope<?> envelope) {
        JsonNode tree = writer.valueToTree(envelope);
        String schema = EventDefinition.schemaResourceOf(envelope.type(), envelope.schemaVersion().major());
        List<Error> errors = validate(tree, schema);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(envelope.type() + " v" + envelope.schemaVersion() + " breaks its schema: " + describe(errors));
        }
        return writer.writeValueAsString(tree);
    }

    /** An event of the expected type, written at any minor version of the major version the consumer reads. */
    public <P> EventEnvelope<P> read(String text, EventDefinition<P> expected) {
        JsonNode tree = parse(text);
        String type = tree.path("type").asString("");
        if (!expected.type().equals(type)) {
            throw new MalformedEventException("expected " + expected.type() + " but the message is " + (type.isEmpty() ? "untyped" : type));
        }
        SchemaVersion written = versionOf(tree, type);
        if (!expected.version().reads(written)) {
            throw new MalformedEventException(type + " " + written + " is of major version " + written.major()
                    + ", which this consumer does not read (it reads " + expected.version().major() + ".x): a major version"
                    + " changes the meaning, so the consumer must be upgraded before it can process this event");
        }
        List<Error> errors = validate(tree, expected.schemaResource()).stream()
                .filter(error -> !TOLERATED_ON_READ.contains(error.getKeyword()))
                .toList();
        if (!errors.isEmpty()) {
            throw new MalformedEventException(type + " v" + written + " does not match its schema: " + describe(errors));
        }
        try {
            return reader.treeToValue(tree, reader.getTypeFactory().constructParametricType(EventEnvelope.class, expected.payloadType()));
        } catch (JacksonException e) {
            throw new MalformedEventException(type + " could not be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The type named in a message's envelope, for consumers that route several types themselves. */
    public String typeOf(String text) {
        String type = parse(text).path("type").asString("");
        if (type.isEmpty()) {
            throw new MalformedEventException("the message names no event type");
        }
        return type;
    }

    private static SchemaVersion versionOf(JsonNode tree, String type) {
        JsonNode version = tree.path("schemaVersion");
        if (!version.isString()) {
            throw new MalformedEventException(type + " names no schema version such as \"1.0\"");
        }
        try {
            return SchemaVersion.parse(version.asString());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(type + ": " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode tree = reader.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("the message is not a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new MalformedEventException("the message is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<Error> validate(JsonNode envelope, String payloadSchema) {
        List<Error> errors = new ArrayList<>(schema(ENVELOPE_SCHEMA).validate(envelope));
        if (errors.isEmpty()) {
            if (EventCodec.class.getClassLoader().getResource(payloadSchema) == null) {
                throw new MalformedEventException("no schema " + payloadSchema);
            }
            errors.addAll(schema(payloadSchema).validate(envelope.get("payload")));
        }
        return errors;
    }

    /** Loaded by location so that a schema's relative {@code $ref}s to common.schema.json resolve. */
    private Schema schema(String resource) {
        return schemas.computeIfAbsent(resource, path -> registry.getSchema(SchemaLocation.of("classpath:" + path)));
    }

    private static String describe(List<Error> errors) {
        return errors.stream().map(Error::getMessage).collect(Collectors.joining("; "));
    }
}
