package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM), started from the launcher's
 * own libraries with {@code kafka.Kafka}. Its storage is formatted once, with a cluster id kept beside it.
 *
 * <p>Every client authenticates (SASL/SCRAM-SHA-512 on the one client listener; nothing listens in plaintext) and may
 * do only what {@link TopicAccess} grants it (the KRaft {@code StandardAuthorizer}, nothing allowed without an ACL):
 * each service is a user of its own name that writes only its own topics. The launcher's own user, a super user, logs
 * in with PLAIN against a password in the broker's configuration, so that it gets in before any SCRAM credential
 * exists, also on storage formatted before there were users. On every start it sets each service's SCRAM credential
 * (passwords per data folder, {@link PasswordFile}), creates the topics and brings the ACLs to the list's state.
 */
final class KafkaBroker {

    /** What {@code KafkaRaftServer} logs when it accepts clients. */
    static final String STARTED_MESSAGE = "Kafka Server started";
    /** The launcher's user: the broker's own (to its controller) and the one that grants everybody else theirs. */
    static final String ADMIN_USER = "launcher";
    static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    /** SCRAM's minimum for SHA-512: every connection pays for it, and the passwords are random, not a person's. */
    private static final int SCRAM_ITERATIONS = 4096;
    private static final long ADMIN_TIMEOUT_SECONDS = 30;
    private static final List<String> JVM_FLAGS = List.of("-Xms32m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss256k", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Path directory;
    private final Path log;
    private final Ports ports;
    private final ClassDataArchive classData;
    private final String marker;
    private final Path accessFile;
    private final Path passwordFile;
    /** Read when the broker starts: after a --reset has emptied the data folder, so that a reset makes new passwords. */
    private volatile PasswordFile passwords;

    /**
     * @param accessFile who may write and read which topic ({@link TopicAccess#FILE} in the repository)
     * @param marker     a {@code -D} flag that tags the JVM as this stack's, to find it after a crash of the launcher
     */
    KafkaBroker(DataLayout layout, Ports ports, Path accessFile, boolean recordClassData, String marker) {
        this.directory = layout.kafka();
        this.log = layout.log(Component.KAFKA.id());
        this.ports = ports;
        this.accessFile = accessFile;
        this.passwordFile = layout.kafkaAccounts();
        this.classData = ClassDataArchive.in(layout.cache().resolve("kafka"), recordClassData);
        this.marker = marker;
    }

    ClassDataArchive classData() {
        return classData;
    }

    ChildProcess start(Progress progress) {
        try {
            Files.createDirectories(directory);
            passwords = PasswordFile.in(passwordFile, "Kafka's users");
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

    /** The bootstrap servers every client is given. */
    String bootstrapServers() {
        return Ports.HOST + ":" + ports.of(Component.KAFKA);
    }

    /** A user's password (a service's is its id), generated on the data folder's first start. */
    String password(String user) {
        if (passwords == null) {
            throw new IllegalStateException("Kafka's passwords are read when the broker starts");
        }
        return passwords.password(user);
    }

    /** What a Kafka client needs to log in as a user: a service by SCRAM, the launcher's own user by PLAIN. */
    Map<String, Object> clientSettings(String user) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        boolean admin = user.equals(ADMIN_USER);
        settings.put(SaslConfigs.SASL_MECHANISM, admin ? "PLAIN" : SCRAM_MECHANISM);
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, (admin ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule") + " required username=\"" + user + "\" password=\"" + password(user) + "\";");
        return settings;
    }

    /**
     * Ready once the broker accepts clients and every user, topic and ACL of the access list is in place; the services start
     * only then (LocalPlatform), since an idempotent producer whose first request meets a user not yet created stays broken.
     */
    BooleanSupplier readiness(ChildProcess broker) {
        boolean[] granted = { false };
        return () -> {
            if (!granted[0] && broker.logged(STARTED_MESSAGE)) {
                grantAccess();
                granted[0] = true;
            }
            return granted[0];
        };
    }

    /**
     * Idempotent: each user's SCRAM credential (its password from the data folder), every topic somebody writes (so that
     * a consumer, which may not create topics, finds the topics it reads), and exactly the list's ACLs, no others.
     */
    void grantAccess() {
        TopicAccess access = TopicAccess.read(accessFile);
        try (Admin admin = Admin.create(adminSettings())) {
            List<UserScramCredentialAlteration> credentials = new ArrayList<>();
            for (String user : access.users()) {
                credentials.add(new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        password(user)));
            }
            await(admin.alterUserScramCredentials(credentials).all());
            createMissingTopics(admin, access.writtenTopics());
            Set<AclBinding> wanted = bindings(access);
            Collection<AclBinding> present = await(admin.describeAcls(AclBindingFilter.ANY).values());
            List<AclBindingFilter> stale = present.stream().filter(binding -> !wanted.contains(binding)).map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                await(admin.deleteAcls(stale).all());
            }
            List<AclBinding> missing = wanted.stream().filter(binding -> !present.contains(binding)).toList();
            if (!missing.isEmpty()) {
                await(admin.createAcls(missing).all());
            }
        }
    }

    private Map<String, Object> adminSettings() {
        Map<String, Object> settings = clientSettings(ADMIN_USER);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "launcher");
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ADMIN_TIMEOUT_SECONDS));
        return settings;
    }

    private static void createMissingTopics(Admin admin, Set<String> topics) {
        Set<String> missing = new LinkedHashSet<>(topics);
        missing.removeAll(await(admin.listTopics().names()));
        if (missing.isEmpty()) {
            return;
        }
        // the broker's defaults: one partition, replication factor 1
        Map<String, KafkaFuture<Void>> created = admin.createTopics(
                missing.stream().map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty())).toList()).values();
        created.forEach((topic, done) -> {
            try {
                await(done);
            } catch (LaunchException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // a producer created it meanwhile: fine
                }
            }
        });
    }

    /** WRITES: write, describe, create the topic; READS: read and describe it; GROUP: read (join, commit) the group. */
    static Set<AclBinding> bindings(TopicAccess access) {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (TopicAccess.Grant grant : access.grants()) {
            String principal = "User:" + grant.user();
            List<AclOperation> operations = switch (grant.kind()) {
                case WRITES -> List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
                case READS -> List.of(AclOperation.READ, AclOperation.DESCRIBE);
                case GROUP -> List.of(AclOperation.READ);
            };
            ResourcePattern resource = new ResourcePattern(grant.kind() == TopicAccess.Kind.GROUP ? ResourceType.GROUP : ResourceType.TOPIC,
                    grant.resource(), PatternType.LITERAL);
            operations.forEach(operation -> bindings.add(new AclBinding(resource,
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW))));
        }
        return bindings;
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LaunchException("could not set up Kafka's users and ACLs: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new LaunchException("Kafka did not answer the launcher within " + ADMIN_TIMEOUT_SECONDS + " s while setting up its users", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while setting up Kafka's users", e);
        }
    }

    /** Holds the launcher's password (PLAIN's user list), so it is written owner-only, like the password file. */
    private Path writeConfig() throws IOException {
        String host = Ports.HOST;
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN_USER + "\" password=\""
                + password(ADMIN_USER) + "\" user_" + ADMIN_USER + "=\"" + password(ADMIN_USER) + "\";";
        String properties = String.join(System.lineSeparator(),
                "# written by the launcher on every start (the ports follow the port offset)",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + ports.kafkaController(),
                // one listener for clients, SASL only: a client that does not log in gets nothing (it was PLAINTEXT, on the
                // same port; storage formatted before keeps its topics and offsets, the broker registers its new listener)
                "listeners=CLIENT://" + host + ":" + ports.of(Component.KAFKA) + ",CONTROLLER://" + host + ":" + ports.kafkaController(),
                "advertised.listeners=CLIENT://" + host + ":" + ports.of(Component.KAFKA),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                // SCRAM for the services; PLAIN knows the launcher's user only (SCRAM's credentials live in the metadata log,
                // which the controller listener must not depend on)
                "listener.name.client.sasl.enabled.mechanisms=" + SCRAM_MECHANISM + ",PLAIN",
                "listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.client.plain.sasl.jaas.config=" + plain,
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                "sasl.mechanism.controller.protocol=PLAIN",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + ADMIN_USER,
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
        PasswordFile.writeOwnerOnly(config, out -> out.write(properties));
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
