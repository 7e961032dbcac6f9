package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's Kafka broker, started for real (≈ 10 s a start): every service logs in as its own user and
 * writes its own topics and reads what it consumes; writing another service's topic, a wrong password, a client
 * without SASL and another service's consumer group are refused; a second start keeps the passwords; a data folder
 * from before there were users keeps its topics and offsets.
 */
class KafkaBrokerTest {

    static {
        // the test's Kafka clients say only what went wrong (slf4j-simple reads this when a logger is made; a resource
        // file would also silence the broker, which runs from this classpath and whose start the launcher reads in its log)
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
    }

    private static final String BRAND_CERTIFIED = "laborbrand.review-case.brand-certified";
    private static final String FORGED_CERTIFICATION = "{\"type\":\"BrandCertified\",\"source\":\"eligibility-service\"}";

    @TempDir
    Path data;

    @Test
    void eachServiceWritesOnlyItsOwnTopicsAndReadsWhatItConsumesAlsoAfterASecondStart() throws Exception {
        Path root = LaunchOptions.findRepositoryRoot(Path.of(""));
        TopicAccess access = TopicAccess.read(root.resolve(TopicAccess.FILE));
        DataLayout layout = new DataLayout(data, data.resolve("cache"));
        Ports ports = freePorts();
        KafkaBroker broker = new KafkaBroker(layout, ports, root.resolve(TopicAccess.FILE), false, Leftovers.marker(data));

        ChildProcess first = start(broker);
        try {
            for (String service : access.users()) {
                for (String topic : access.of(service, TopicAccess.Kind.WRITES)) {
                    send(broker.clientSettings(service), topic, "{\"source\":\"" + service + "\"}");
                }
            }
            for (String service : access.users()) {
                assertThat(readAll(broker.clientSettings(service), service, access.of(service, TopicAccess.Kind.READS)).stream()
                        .map(ConsumerRecord::topic)).as("what %s reads", service).containsExactlyInAnyOrderElementsOf(access.of(service, TopicAccess.Kind.READS));
            }

            assertThatThrownBy(() -> send(broker.clientSettings("eligibility-service"), BRAND_CERTIFIED, FORGED_CERTIFICATION))
                    .as("a certification written by anybody but review-workflow-service").satisfies(causedBy(TopicAuthorizationException.class));
            assertThatThrownBy(() -> readAll(broker.clientSettings("eligibility-service"), "review-workflow-service",
                    Set.of("laborbrand.application.submitted")))
                    .as("another service's consumer group").satisfies(causedBy(GroupAuthorizationException.class));
            Map<String, Object> wrongPassword = new HashMap<>(broker.clientSettings("review-workflow-service"));
            wrongPassword.put("sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"review-workflow-service\" password=\"laborbrand\";");
            assertThatThrownBy(() -> send(wrongPassword, BRAND_CERTIFIED, FORGED_CERTIFICATION)).as("a wrong password")
                    .satisfies(causedBy(SaslAuthenticationException.class));
            Map<String, Object> plaintext = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
            assertThatThrownBy(() -> send(plaintext, BRAND_CERTIFIED, FORGED_CERTIFICATION)).as("a client that does not log in")
                    .satisfies(causedBy(org.apache.kafka.common.errors.TimeoutException.class));
            Map<String, Object> launcherWithServicePassword = new HashMap<>(broker.clientSettings(KafkaBroker.ADMIN_USER));
            launcherWithServicePassword.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + KafkaBroker.ADMIN_USER + "\" password=\"" + broker.password("review-workflow-service") + "\";");
            assertThatThrownBy(() -> send(launcherWithServicePassword, BRAND_CERTIFIED, FORGED_CERTIFICATION)).as("the super user's name, another password")
                    .satisfies(causedBy(SaslAuthenticationException.class));
        } finally {
            first.stop();
        }

        Properties passwords = new Properties();
        try (var in = Files.newBufferedReader(layout.kafkaAccounts())) {
            passwords.load(in);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.kafkaAccounts()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.kafka().resolve("server.properties"))))
                .as("it holds the launcher's password").isEqualTo("rw-------");
        assertThat(passwords.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(union(access.users(), Set.of(KafkaBroker.ADMIN_USER)));
        assertThat(passwords.values().stream().distinct()).as("no two users share a password").hasSize(passwords.size());

        KafkaBroker again = new KafkaBroker(layout, ports, root.resolve(TopicAccess.FILE), false, Leftovers.marker(data));
        ChildProcess second = start(again);
        try {
            assertThat(again.password("review-workflow-service")).isEqualTo(passwords.getProperty("review-workflow-service"));
            send(again.clientSettings("review-workflow-service"), BRAND_CERTIFIED, "{\"source\":\"review-workflow-service\"}");
            // subsidy-service's group read the first certification before the restart: the second is the only new one,
            // nothing forged came between
            assertThat(readAll(again.clientSettings("subsidy-service"), "subsidy-service", Set.of(BRAND_CERTIFIED)).stream()
                    .map(ConsumerRecord::value)).containsExactly("{\"source\":\"review-workflow-service\"}");
        } finally {
            second.stop();
        }
    }

    @Test
    void aFolderFormattedBeforeThereWereUsersKeepsItsTopicsAndOffsets() throws Exception {
        Path root = LaunchOptions.findRepositoryRoot(Path.of(""));
        DataLayout layout = new DataLayout(data, data.resolve("cache"));
        Ports ports = freePorts();
        // the broker as the launcher ran it before: one PLAINTEXT listener, no authorizer, storage formatted without users
        Path kafka = Files.createDirectories(layout.kafka());
        String clusterId = "R8Wz0ZVGSoe1lB7W5Vf1qA";
        Files.writeString(kafka.resolve("cluster.id"), clusterId);
        Path config = kafka.resolve("server.properties");
        Files.writeString(config, String.join("\n", "process.roles=broker,controller", "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + ports.kafkaController(),
                "listeners=PLAINTEXT://127.0.0.1:" + ports.of(Component.KAFKA) + ",CONTROLLER://127.0.0.1:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + ports.of(Component.KAFKA), "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT", "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + kafka.resolve("data"), "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
        Path log = layout.log("kafka-before");
        Files.createDirectories(log.getParent());
        ChildProcess format = ChildProcess.start("kafka-storage", javaCommand("kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                "--config", config.toString()), Map.of(), kafka, log);
        assertThat(format.process().waitFor(2, TimeUnit.MINUTES) && format.exitValue() == 0).as("formatted the old way").isTrue();
        ChildProcess before = ChildProcess.start("kafka-before", javaCommand("kafka.Kafka", config.toString()), Map.of(), kafka, log);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!before.logged(KafkaBroker.STARTED_MESSAGE) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Map<String, Object> plaintext = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.of(Component.KAFKA));
            send(plaintext, "laborbrand.application.submitted", "{\"source\":\"application-service\"}");
            assertThat(readAll(plaintext, "eligibility-service", Set.of("laborbrand.application.submitted"))).hasSize(1);
        } finally {
            before.stop();
        }

        KafkaBroker broker = new KafkaBroker(layout, ports, root.resolve(TopicAccess.FILE), false, Leftovers.marker(data));
        ChildProcess after = start(broker);
        try {
            send(broker.clientSettings("application-service"), "laborbrand.application.submitted", "{\"source\":\"application-service\"}");
            // eligibility-service's group had read the first before the upgrade: it gets the second only
            assertThat(readAll(broker.clientSettings("eligibility-service"), "eligibility-service", Set.of("laborbrand.application.submitted")))
                    .extracting(ConsumerRecord::offset).containsExactly(1L);
        } finally {
            after.stop();
        }
    }

    private static List<String> javaCommand(String... mainClassAndArguments) {
        List<String> command = new java.util.ArrayList<>(List.of(JavaRuntime.java(), "-Xmx256m", "-cp", JavaRuntime.launcherClasspath()));
        command.addAll(List.of(mainClassAndArguments));
        return command;
    }

    private static ChildProcess start(KafkaBroker broker) {
        ChildProcess child = broker.start(new Progress(line -> { }));
        try {
            new StartupWatch(new Progress(line -> { }), Duration.ofMinutes(2))
                    .await(List.of(new StartupWatch.Awaited("kafka", child, broker.readiness(child), null)));
        } catch (RuntimeException e) {
            child.stop();
            throw e;
        }
        return child;
    }

    private static void send(Map<String, Object> settings, String topic, String value) throws Exception {
        Map<String, Object> producer = new HashMap<>(settings);
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var client = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            client.send(new ProducerRecord<>(topic, "210211", value)).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending to " + topic + " failed", e.getCause());
        }
    }

    /** What the group had not read before, until it has a record of every topic (or 8 s passed); it commits what it read. */
    private static List<ConsumerRecord<String, String>> readAll(Map<String, Object> settings, String group, Set<String> topics) {
        Map<String, Object> consumer = new HashMap<>(settings);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> read = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (var client = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            client.subscribe(topics);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (System.nanoTime() < deadline && !seen.containsAll(topics)) {
                for (ConsumerRecord<String, String> record : client.poll(Duration.ofMillis(500))) {
                    read.add(record);
                    seen.add(record.topic());
                }
            }
            client.commitSync();
        }
        return read;
    }

    /** The failure, or one of its causes, is of this type (the client throws some at once, some through the future). */
    private static org.assertj.core.api.ThrowingConsumer<Throwable> causedBy(Class<? extends Throwable> type) {
        return failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return;
                }
            }
            throw new AssertionError("expected " + type.getSimpleName() + " in the causes of " + failure, failure);
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A port offset whose broker and controller ports are both free. */
    private static Ports freePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int broker;
            try (ServerSocket socket = new ServerSocket(0)) {
                broker = socket.getLocalPort();
            }
            int offset = broker - Component.KAFKA.basePort();
            if (offset >= 0 && offset + Component.KAFKA.basePort() + 1 <= 65535 && free(broker + 1)) {
                return new Ports(offset);
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
