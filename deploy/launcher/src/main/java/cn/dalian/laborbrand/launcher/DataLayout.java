package cn.dalian.laborbrand.launcher;

import java.nio.file.Path;

/**
 * Where a stack keeps its state. {@code data} is one stack's (deleted by --reset); {@code cache} holds
 * what any stack can reuse (the unpacked Keycloak server and its one-time build, PostgreSQL binaries).
 */
public record DataLayout(Path data, Path cache) {

    public Path postgres() {
        return data.resolve("postgres");
    }

    /** The generated passwords of PostgreSQL's roles (owner-only: rw-------), kept with the databases they open. */
    public Path databaseAccounts() {
        return data.resolve("postgres-accounts.properties");
    }

    /** The generated passwords of Kafka's users (owner-only: rw-------): each service's and the launcher's. */
    public Path kafkaAccounts() {
        return data.resolve("kafka-accounts.properties");
    }

    public Path kafka() {
        return data.resolve("kafka");
    }

    public Path keycloak() {
        return data.resolve("keycloak");
    }

    /** Extracted jars and class-data archives of the Boot apps. */
    public Path apps() {
        return data.resolve("apps");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }
}
