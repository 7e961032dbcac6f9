package cn.dalian.laborbrand.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract between producers and consumers: for every event type, what the producer writes is
 * what its schema allows, and what consumers read back is what was written. A field added, renamed or
 * dropped on one side without the schema fails here.
 */
class EventContractTest {

    private static final java.util.List<EventDefinition<?>> EVENTS = EventCatalog.ALL;

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    <P> void whatTheProducerWritesTheConsumerReadsUnchanged(EventDefinition<P> event) {
        // given the payload as its producer builds it
        P payload = EventSamples.payloadOf(event);
        assertThat(payload).as("a sample payload of %s", event.type()).isNotNull();

        // when it is written and read back by a consumer of that type
        var written = codec.write(EventSamples.envelope(event, payload));
        var read = codec.read(written, event);

        // then the consumer sees exactly what was produced
        assertThat(read.payload()).isEqualTo(payload);
        assertThat(read.type()).isEqualTo(event.type());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void theSchemaNamesExactlyTheFieldsOfThePayloadRecordAndRequiresThoseOfTheFirstMinor(EventDefinition<?> event) throws Exception {
        JsonNode schema = schemaOf(event);
        Set<String> components = new HashSet<>();
        Set<String> addedLater = new HashSet<>();
        for (RecordComponent component : event.payloadType().getRecordComponents()) {
            components.add(component.getName());
            AddedIn added = component.getAnnotation(AddedIn.class);
            if (added != null) {
                addedLater.add(component.getName());
                SchemaVersion since = SchemaVersion.parse(added.value());
                assertThat(since.major()).as("%s.%s is added within major %s", event.type(), component.getName(), event.version().major())
                        .isEqualTo(event.version().major());
                assertThat(since.minor()).as("%s.%s is added by a later minor, at most the current one", event.type(), component.getName())
                        .isBetween(1, event.version().minor());
                assertThat(component.getType().isPrimitive()).as("%s.%s may be absent: an object type", event.type(), component.getName())
                        .isFalse();
            }
        }

        Set<String> properties = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(name -> required.add(name.asString()));

        assertThat(properties).as("schema properties of %s", event.type()).isEqualTo(components);
        Set<String> firstMinor = new HashSet<>(components);
        firstMinor.removeAll(addedLater);
        assertThat(required).as("required fields of %s: those of %s.0", event.type(), event.version().major()).isEqualTo(firstMinor);
        // strict for producers: a field the schema does not name is a producer's bug (readers tolerate it)
        assertThat(schema.get("additionalProperties").asBoolean(true)).as("%s forbids unknown fields", event.type()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void theTopicFollowsTheNamingRule(EventDefinition<?> event) {
        assertThat(event.topic()).matches("laborbrand\\.[a-z-]+\\.[a-z-]+");
        assertThat(EventCatalog.byType(event.type())).contains(event);
    }

    private static JsonNode schemaOf(EventDefinition<?> event) throws Exception {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(event.schemaResource())) {
            assertThat(in).as("schema %s", event.schemaResource()).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
