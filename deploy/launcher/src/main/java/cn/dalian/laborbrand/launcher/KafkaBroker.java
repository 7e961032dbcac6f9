package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM), started from the launcher's
 * own libraries with {@code kafka.Kafka}. Its storage is formatted once, with a cluster id kept beside it.
 */
final class KafkaBroker {

    /** What {@code KafkaRaftServer} logs when it accepts clients. */
    static final String STARTED_MESSAGE = "Kafka Server started";
    private static final List<String> JVM_FLAGS = List.of("-Xms32m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss256k", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Path directory;
    private final Path log;
    private final Ports ports;
    private final ClassDataArchive classData;
    private final String marker;

    /** @param marker a {@code -D} flag that tags the JVM as this stack's, to find it after a crash of the launcher */
    KafkaBroker(DataLayout layout, Ports ports, boolean recordClassData, String marker) {
        this.directory = layout.kafka();
        this.log = layout.log(Component.KAFKA.id());
        this.ports = ports;
        this.classData = ClassDataArchive.in(layout.cache().resolve("kafka"), recordClassData);
        this.marker = marker;
    }

    ClassDataArchive classData() {
        return classData;
    }

    ChildProcess start(Progress progress) {
        try {
            Files.createDirectories(directory);
            Path config = writeConfig();
            if (!Files.exists(directory.resolve("data/meta.properties"))) {
                progress.say("formatting Kafka's storage (first start only)");
                format(config);
            }
            Files.createDirectories(classData.file().getParent());
            List<String> broker = new ArrayList<>(classData.jvmFlags());
            broker.addAll(List.of("kafka.Kafka", config.toString()));
            return ChildProcess.start(Component.KAFKA.id(), command(broker), Map.of(), directory, log);
        } catch (IOException e) {
            throw new LaunchException("could not prepare Kafka in " + directory + ": " + e.getMessage(), e);
        }
    }

    private Path writeConfig() throws IOException {
        String host = Ports.HOST;
        String properties = String.join(System.lineSeparator(),
                "# written by the launcher on every start (the ports follow the port offset)",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + ports.kafkaController(),
                "listeners=PLAINTEXT://" + host + ":" + ports.of(Component.KAFKA) + ",CONTROLLER://" + host + ":" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://" + host + ":" + ports.of(Component.KAFKA),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "auto.create.topics.enable=true",
                "num.partitions=1",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Path config = directory.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        return config;
    }

    private void format(Path config) throws IOException {
        ChildProcess storageTool = ChildProcess.start("kafka-storage", command(List.of("kafka.tools.StorageTool", "format", "--cluster-id",
                clusterId(), "--config", config.toString())), Map.of(), directory, log);
        try {
            if (!storageTool.process().waitFor(2, TimeUnit.MINUTES) || storageTool.exitValue() != 0) {
                storageTool.stop();
                throw new LaunchException("formatting Kafka's storage failed. The end of " + log + ":" + System.lineSeparator()
                        + storageTool.tail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while formatting Kafka's storage");
        }
    }

    /** The cluster id, made once and kept with the data (a KRaft log belongs to one cluster). */
    private String clusterId() throws IOException {
        Path file = directory.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String id = newClusterId();
        Files.writeString(file, id);
        return id;
    }

    /** Kafka's Uuid format: 16 random bytes in URL-safe base64 without padding, never starting with '-'. */
    private static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    /** @param mainClassAndArguments what follows the classpath (preceded by any further JVM flags) */
    private List<String> command(List<String> mainClassAndArguments) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.java());
        command.addAll(JVM_FLAGS);
        command.add(marker);
        command.addAll(List.of("-cp", JavaRuntime.launcherClasspath()));
        command.addAll(mainClassAndArguments);
        return command;
    }
}
