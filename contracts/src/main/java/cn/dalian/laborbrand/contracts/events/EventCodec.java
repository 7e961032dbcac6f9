package cn.dalian.laborbrand.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events as JSON and reads them back, holding both sides to the schemas in {@code /schemas}: a
 * producer cannot publish a payload its schema rejects, and a consumer reads only what the schema of
 * the expected type and version allows. One codec serves every service, so both sides agree on dates
 * (ISO-8601), numbers and names.
 */
public final class EventCodec {

    private static final String ENVELOPE_SCHEMA = "schemas/envelope-v1.schema.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The envelope as JSON; a payload that breaks its own schema is a bug of the producer and fails here. */
    public String write(EventEnvelope<?> envelope) {
        JsonNode tree = json.valueToTree(envelope);
        List<Error> errors = validate(tree, envelope.type(), envelope.schemaVersion());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(envelope.type() + " v" + envelope.schemaVersion() + " breaks its schema: " + describe(errors));
        }
        return json.writeValueAsString(tree);
    }

    /** An event of the expected type, its payload read into the type's record. */
    public <P> EventEnvelope<P> read(String text, EventDefinition<P> expected) {
        JsonNode tree = parse(text);
        String type = tree.path("type").asString("");
        int version = tree.path("schemaVersion").asInt(0);
        if (!expected.type().equals(type)) {
            throw new MalformedEventException("expected " + expected.type() + " but the message is " + (type.isEmpty() ? "untyped" : type));
        }
        if (expected.schemaVersion() != version) {
            throw new MalformedEventException(type + " schema version " + version + " is not the version " + expected.schemaVersion() + " this consumer reads");
        }
        List<Error> errors = validate(tree, type, version);
        if (!errors.isEmpty()) {
            throw new MalformedEventException(type + " v" + version + " does not match its schema: " + describe(errors));
        }
        try {
            return json.treeToValue(tree, json.getTypeFactory().constructParametricType(EventEnvelope.class, expected.payloadType()));
        } catch (JacksonException e) {
            throw new MalformedEventException(type + " could not be read: " + e.getMessage(), e);
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

    private JsonNode parse(String text) {
        try {
            JsonNode tree = json.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("the message is not a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new MalformedEventException("the message is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<Error> validate(JsonNode envelope, String type, int version) {
        List<Error> errors = new java.util.ArrayList<>(schema(ENVELOPE_SCHEMA).validate(envelope));
        if (errors.isEmpty()) {
            String resource = EventDefinition.schemaResource(type, version);
            if (EventCodec.class.getClassLoader().getResource(resource) == null) {
                throw new MalformedEventException("no schema for " + type + " v" + version);
            }
            errors.addAll(schema(resource).validate(envelope.get("payload")));
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
