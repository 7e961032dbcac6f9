package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's embedded binaries, running as a real server process with its data kept in
 * the data folder. It provides the account every service uses (each service creates its own database on
 * first start) and Keycloak's database.
 */
final class Database implements AutoCloseable {

    /** The account of the services (DB_USER / DB_PASSWORD); CREATEDB lets each create its own database. */
    static final String SERVICE_USER = "laborbrand";
    static final String SERVICE_PASSWORD = "laborbrand";
    static final String KEYCLOAK_DATABASE = "keycloak";
    static final String KEYCLOAK_USER = "keycloak";
    static final String KEYCLOAK_PASSWORD = "keycloak";

    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Database start(DataLayout layout, int port) {
        Path log = layout.log("postgres");
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.cache());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(layout.postgres())
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", Ports.HOST)
                    // the unpacked binaries outlive a --reset and a reboot (the default is under /tmp)
                    .setOverrideWorkingDirectory(layout.cache().resolve("postgres").toFile())
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPgBinaryResolver(Database::binaries)
                    // the platform stops PostgreSQL last, after everything that uses it
                    .setRegisterShutdownHook(false)
                    .start();
            Database database = new Database(postgres);
            database.createAccounts();
            return database;
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + System.lineSeparator() + "The end of " + log + ":" + System.lineSeparator() + LogTail.of(log, 30)
                    + System.lineSeparator() + "(PostgreSQL runs through 'unshare' from util-linux when the launcher runs as root.)", e);
        }
    }

    /**
     * The server binaries for this machine from the classpath, the first copy found. zonky's own resolver
     * refuses a classpath that names the binaries jar twice, as a test's classpath does when it holds both
     * the launcher's jar (whose manifest lists {@code lib/}) and the launcher's dependencies.
     */
    private static java.io.InputStream binaries(String system, String machineHardware) {
        String name = "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-"
                + io.zonky.test.db.postgres.util.ArchUtils.normalize(machineHardware) + ".txz";
        java.io.InputStream binaries = Database.class.getClassLoader().getResourceAsStream(name);
        if (binaries == null) {
            throw new LaunchException("no PostgreSQL binaries " + name + " on the classpath for " + system + " " + machineHardware);
        }
        return binaries;
    }

    private void createAccounts() {
        execute(
                createRoleIfMissing(SERVICE_USER, SERVICE_PASSWORD, "CREATEDB"),
                createRoleIfMissing(KEYCLOAK_USER, KEYCLOAK_PASSWORD, ""));
        if (!databaseExists(KEYCLOAK_DATABASE)) {
            execute("CREATE DATABASE " + KEYCLOAK_DATABASE + " OWNER " + KEYCLOAK_USER);
        }
    }

    /** A fresh, empty Keycloak database, so that Keycloak imports the realm file again (it skips realms that exist). */
    void recreateKeycloakDatabase() {
        execute("DROP DATABASE IF EXISTS " + KEYCLOAK_DATABASE + " WITH (FORCE)",
                "CREATE DATABASE " + KEYCLOAK_DATABASE + " OWNER " + KEYCLOAK_USER);
    }

    private static String createRoleIfMissing(String role, String password, String options) {
        // names and passwords are constants of this class
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN " + options + " PASSWORD '" + password + "'; END IF; END $$";
    }

    private boolean databaseExists(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rows.next();
        } catch (SQLException e) {
            throw new LaunchException("could not query PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void execute(String... statements) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new LaunchException("could not prepare PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new LaunchException("could not stop PostgreSQL: " + e.getMessage(), e);
        }
    }
}
