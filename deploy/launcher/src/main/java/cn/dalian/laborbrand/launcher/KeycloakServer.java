package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Keycloak in development mode on PostgreSQL, with the laborbrand realm imported from
 * deploy/keycloak/laborbrand-realm.json. Keycloak imports a realm only when it does not exist yet, so
 * when the file changed since the last import its database is recreated first.
 */
final class KeycloakServer {

    static final String REALM = "laborbrand";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";
    /** The realm, relative to the repository root. */
    static final String REALM_FILE = "deploy/keycloak/laborbrand-realm.json";
    /**
     * Replaces kc.sh's JVM options (G1, tuned for throughput) with its non-GC defaults plus the lean flags of
     * the other JVMs: on two cores the server then starts in 11–13 s instead of 15–16 s, with 300 MB instead
     * of 440 MB resident.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss256k", "-Xms64m", "-Xmx512m");

    private final KeycloakDistribution distribution;
    private final Path realmFile;
    private final Path stateDirectory;
    private final Path log;
    private final Ports ports;
    private final boolean recordClassData;
    private final String marker;
    private volatile ClassDataArchive classData;

    KeycloakServer(KeycloakDistribution distribution, Path repositoryRoot, DataLayout layout, Ports ports, boolean recordClassData,
            String marker) {
        this.distribution = distribution;
        this.realmFile = repositoryRoot.resolve(REALM_FILE);
        this.stateDirectory = layout.keycloak();
        this.log = layout.log(Component.KEYCLOAK.id());
        this.ports = ports;
        this.recordClassData = recordClassData;
        this.marker = marker;
    }

    String url() {
        return ports.url(Component.KEYCLOAK);
    }

    String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The archive the running server uses, if it was started. */
    Optional<ClassDataArchive> classData() {
        return Optional.ofNullable(classData);
    }

    /** Ready once the realm's discovery document answers: the server is up and the realm imported. */
    BooleanSupplier readiness() {
        return HttpProbe.ok(URI.create(issuer() + "/.well-known/openid-configuration"));
    }

    /** A hint for the person waiting, while Keycloak builds itself on its very first start. */
    String hint() {
        return distribution.isBuilt() ? null : "first start on this machine: Keycloak builds itself, ≈ 90 s, once";
    }

    void prepare(Database database, Progress progress) throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new LaunchException("the realm file " + realmFile + " is missing");
        }
        if (distribution.ensureUnpacked()) {
            progress.say("unpacked Keycloak into " + distribution.home());
        }
        Files.createDirectories(stateDirectory);
        if (!realmHash().equals(importedHash())) {
            if (Files.exists(importedHashFile())) {
                progress.say("the realm file changed since its last import: recreating Keycloak's database to import it again");
            }
            database.recreateKeycloakDatabase();
        }
        // the import folder is the distribution's; every stack imports the same file from the repository
        Path importFolder = distribution.home().resolve("data/import");
        Files.createDirectories(importFolder);
        Path imported = importFolder.resolve(realmFile.getFileName());
        if (!Files.exists(imported) || Files.mismatch(imported, realmFile) != -1) {
            Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Starts Keycloak on its own database as its own role; the password goes through the environment, not the command line. */
    ChildProcess start(String jdbcUrl, Database.Account account) {
        List<String> command = List.of(distribution.home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Ports.HOST,
                "--http-port=" + ports.of(Component.KEYCLOAK),
                "--hostname=" + url(),
                "--import-realm",
                "--db=postgres",
                "--db-url=" + jdbcUrl,
                "--db-pool-max-size=20",
                // per stack, not in the shared distribution folder
                "-Dquarkus.transaction-manager.object-store.directory=" + stateDirectory.resolve("transaction-logs"),
                marker);
        // the start that builds the server ends its first JVM to relaunch it; that JVM's archive would not fit
        classData = ClassDataArchive.in(distribution.home(), recordClassData && distribution.isBuilt());
        List<String> jvmOptions = new ArrayList<>(JVM_OPTIONS);
        jvmOptions.addAll(classData.jvmFlags());
        Map<String, String> environment = Map.of(
                "JAVA_HOME", JavaRuntime.home().toString(),
                "JAVA_OPTS", String.join(" ", jvmOptions),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "KC_DB_USERNAME", account.role(),
                "KC_DB_PASSWORD", account.password());
        return ChildProcess.start(Component.KEYCLOAK.id(), command, environment, stateDirectory, log);
    }

    /** Records that the current realm file is in the database, and that the server is built. */
    void started() throws IOException {
        Files.writeString(importedHashFile(), realmHash());
        if (!distribution.isBuilt()) {
            distribution.markBuilt();
        }
    }

    private Path importedHashFile() {
        return stateDirectory.resolve("imported-realm.sha256");
    }

    private String importedHash() throws IOException {
        return Files.exists(importedHashFile()) ? Files.readString(importedHashFile()).strip() : "";
    }

    private String realmHash() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realmFile)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
