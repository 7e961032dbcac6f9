package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventCatalog;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;

/**
 * deploy/kafka/topic-access.txt says what the code does: each service writes the topics of its own context's events
 * (contracts' *Events) and its dead-letter topic, reads what its @KafkaListeners name, and uses its own groups only.
 */
class TopicAccessTest {

    /** Each context's events and the service that produces them. */
    private static final Map<Class<?>, String> PRODUCERS = Map.of(
            ApplicationEvents.class, "application-service",
            EligibilityEvents.class, "eligibility-service",
            ReviewEvents.class, "review-workflow-service",
            RegistryEvents.class, "brand-registry-service",
            SubsidyEvents.class, "subsidy-service");
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(topics\\s*=\\s*(\\{[^}]*}|[\\w.]+)");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("(\\w+Events)\\.(\\w+_TOPIC)");

    private final Path root = LaunchOptions.findRepositoryRoot(Path.of(""));
    private final TopicAccess access = TopicAccess.read(root.resolve(TopicAccess.FILE));

    @Test
    void everyServiceAndOnlyTheServicesAreUsersOfTheirOwnName() {
        assertThat(access.users()).containsExactlyElementsOf(services());
    }

    @Test
    void eachServiceWritesItsOwnContextsTopicsAndItsDeadLetterTopicOnly() {
        for (String service : services()) {
            Set<String> expected = new LinkedHashSet<>();
            PRODUCERS.forEach((events, producer) -> {
                if (producer.equals(service)) {
                    expected.addAll(topicConstants(events).values());
                }
            });
            expected.add(deadLetterTopic(service));
            assertThat(access.of(service, TopicAccess.Kind.WRITES)).as(service).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(EventCatalog.ALL.stream().map(EventDefinition::topic)).as("every event's topic has its producer")
                .allMatch(topic -> PRODUCERS.keySet().stream().anyMatch(events -> topicConstants(events).containsValue(topic)));
    }

    @Test
    void eachServiceReadsWhatItsListenersConsumeAndItsOwnDeadLetters() {
        Map<String, String> constants = new HashMap<>();
        PRODUCERS.keySet().forEach(events -> topicConstants(events).forEach((name, topic) -> constants.put(events.getSimpleName() + "." + name, topic)));
        for (String service : services()) {
            Set<String> expected = new LinkedHashSet<>(listenedTopics(service, constants));
            expected.add(deadLetterTopic(service));
            assertThat(access.of(service, TopicAccess.Kind.READS)).as(service).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(access.of(service, TopicAccess.Kind.GROUP)).as("%s: spring.application.name and the dead letters' replay", service)
                    .containsExactly(service, service + ".dlt-replay");
        }
    }

    @Test
    void noServiceMayWriteATopicAnotherServiceWrites() {
        Map<String, String> writer = new HashMap<>();
        for (TopicAccess.Grant grant : access.grants()) {
            if (grant.kind() == TopicAccess.Kind.WRITES) {
                assertThat(writer.putIfAbsent(grant.resource(), grant.user())).as(grant.resource()).isNull();
            }
        }
    }

    @Test
    void aReaderMayNeitherWriteNorCreateTheTopicsItReads() {
        Set<AclBinding> bindings = KafkaBroker.bindings(access);
        assertThat(bindings).filteredOn(binding -> binding.entry().principal().equals("User:eligibility-service")
                && binding.pattern().name().equals(ReviewEvents.BRAND_CERTIFIED_TOPIC)).isEmpty();
        assertThat(bindings).filteredOn(binding -> binding.entry().principal().equals("User:subsidy-service")
                && binding.pattern().name().equals(ReviewEvents.BRAND_CERTIFIED_TOPIC))
                .extracting(binding -> binding.entry().operation()).containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE);
        assertThat(bindings).filteredOn(binding -> binding.pattern().resourceType() == ResourceType.GROUP)
                .extracting(binding -> binding.entry().operation()).containsOnly(AclOperation.READ);
    }

    private static List<String> services() {
        return Component.bootApps().stream().filter(c -> c.kind() == Component.Kind.SERVICE).map(Component::id).toList();
    }

    /** platform-starter's DeadLetterTopic: one per consumer group, which is the service's name. */
    private static String deadLetterTopic(String service) {
        return "laborbrand." + service + ".dlt";
    }

    private static Map<String, String> topicConstants(Class<?> events) {
        Map<String, String> topics = new HashMap<>();
        for (Field field : events.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_TOPIC")) {
                try {
                    topics.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    private Set<String> listenedTopics(String service, Map<String, String> constants) {
        Set<String> topics = new LinkedHashSet<>();
        Path sources = root.resolve(Component.byId(service).module()).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher listener = LISTENER.matcher(Files.readString(file));
                while (listener.find()) {
                    Matcher constant = TOPIC_CONSTANT.matcher(listener.group(1));
                    while (constant.find()) {
                        String topic = constants.get(constant.group(1) + "." + constant.group(2));
                        assertThat(topic).as("%s in %s", constant.group(), file).isNotNull();
                        topics.add(topic);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }
}
