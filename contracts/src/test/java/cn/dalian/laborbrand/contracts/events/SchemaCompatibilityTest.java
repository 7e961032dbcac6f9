package cn.dalian.laborbrand.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published version never changes, and the minor versions of a major stay readable both ways. Every version
 * ever published is frozen under {@code src/test/resources/published/<Type>.v<major>.<minor>.schema.json}: the
 * current schema must equal the frozen copy of its version, and be a compatible minor of every earlier frozen
 * minor of its major. To change an event: add optional fields, raise the definition's minor and freeze the new
 * schema beside the old; anything else is a new major version with its own schema file.
 */
class SchemaCompatibilityTest {

    private static final List<EventDefinition<?>> EVENTS = EventCatalog.ALL;
    private static final Pattern FROZEN = Pattern.compile("(\\w+)\\.v(\\d+)\\.(\\d+)\\.schema\\.json");

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void theCurrentSchemaIsTheFrozenCopyOfItsVersion(EventDefinition<?> event) {
        String frozen = "published/" + event.type() + ".v" + event.version() + ".schema.json";

        assertThat(read(frozen)).as("""
                %s's schema differs from the copy frozen when %s was published (%s). A published version never changes: \
                raise the minor version for added optional fields (and freeze the new schema), or the major version \
                for anything else""", event.type(), event.version(), frozen)
                .isEqualTo(read(event.schemaResource()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void everyEarlierMinorOfTheMajorStaysCompatible(EventDefinition<?> event) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:published/" + event.type() + ".v*.schema.json")) {
            Matcher version = FROZEN.matcher(resource.getFilename());
            assertThat(version.matches()).as(resource.getFilename()).isTrue();
            if (Integer.parseInt(version.group(2)) == event.version().major()) {
                assertThat(SchemaCompatibility.breaksOf(read("published/" + resource.getFilename()), read(event.schemaResource())))
                        .as("%s %s against the published %s.%s", event.type(), event.version(), version.group(2), version.group(3))
                        .isEmpty();
            }
        }
    }

    @Test
    void theSharedDefinitionsEveryPublishedSchemaUsesNeverChange() {
        JsonNode frozen = read("published/common.schema.json").get("$defs");
        JsonNode current = read("schemas/common.schema.json").get("$defs");

        frozen.propertyNames().forEach(name -> assertThat(current.get(name)).as("common definition %s", name).isEqualTo(frozen.get(name)));
    }

    @Test
    void aMinorVersionMayAddAnOptionalField() {
        JsonNode earlier = read("schemas/events/PublicityEnded.v1.schema.json");
        JsonNode later = read("schemas/test/PublicityEnded.v1.1.schema.json");

        assertThat(SchemaCompatibility.breaksOf(earlier, later)).isEmpty();
    }

    @Test
    void aMinorVersionMayNotRequireARemoveOrRetypeAField() {
        JsonNode earlier = read("schemas/events/ApplicationSubmitted.v1.schema.json");
        ObjectNode later = (ObjectNode) earlier.deepCopy();
        ObjectNode properties = (ObjectNode) later.get("properties");
        properties.remove("unitName");
        properties.set("brandName", json.readTree("{\"type\": \"integer\"}"));
        ((ObjectNode) properties.get("declaredYears").get("items").get("properties")).set("trainedCount", json.readTree("{\"type\": \"string\"}"));
        properties.set("supplementRound", json.readTree("{\"type\": \"integer\"}"));
        ((tools.jackson.databind.node.ArrayNode) later.get("required")).add("supplementRound");

        assertThat(SchemaCompatibility.breaksOf(earlier, later))
                .anyMatch(text -> text.contains("unitName was removed"))
                .anyMatch(text -> text.startsWith("brandName changed"))
                .anyMatch(text -> text.startsWith("declaredYears[].trainedCount changed"))
                .anyMatch(text -> text.contains("requires"));
    }

    private JsonNode read(String resource) {
        try (InputStream in = SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
