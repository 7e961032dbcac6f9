package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's embedded binaries, running as a real server process with its data kept in
 * the data folder. Every service and Keycloak gets a role of its own (login only: no superuser, no
 * CREATEDB, no CREATEROLE) that owns its database and can connect to no other; passwords are generated
 * per data folder ({@link PasswordFile}) and required for every connection, the superuser's included.
 * Each start brings the roles, databases and ownership to this state again, also in a data folder from
 * before, where every service used one shared role.
 */
final class Database implements AutoCloseable {

    /** The bootstrap superuser zonky's initdb creates; only the launcher logs in as it. */
    static final String SUPERUSER = "postgres";
    static final String KEYCLOAK_DATABASE = "keycloak";
    private static final String KEYCLOAK_ROLE = "keycloak";
    /** The role every service shared before each had its own: its objects go to each database's role, then it is dropped. */
    static final String RETIRED_SHARED_ROLE = "laborbrand";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String CONFIGURED_BY_LAUNCHER = "# written by the launcher on every start: a password (SCRAM) for every role, the superuser's too";

    /** One component's way in: its database, the role that owns it, that role's password. */
    record Account(String database, String role, String password) {
    }

    private final EmbeddedPostgres postgres;
    private final DataLayout layout;
    private final PasswordFile passwords;

    private Database(EmbeddedPostgres postgres, DataLayout layout, PasswordFile passwords) {
        this.postgres = postgres;
        this.layout = layout;
        this.passwords = passwords;
    }

    static Database start(DataLayout layout, int port) {
        Path log = layout.log("postgres");
        EmbeddedPostgres postgres;
        PasswordFile passwords = PasswordFile.in(layout.databaseAccounts(), "PostgreSQL's roles");
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.cache());
            postgres = server(layout, port, passwords.password(SUPERUSER)).start();
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + System.lineSeparator() + "The end of " + log + ":" + System.lineSeparator() + LogTail.of(log, 30)
                    + System.lineSeparator() + "(PostgreSQL runs through 'unshare' from util-linux when the launcher runs as root.)", e);
        }
        Database database = new Database(postgres, layout, passwords);
        try {
            database.prepare();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The server as the launcher runs it, on the data folder's databases; zonky checks it is up as the superuser. */
    static EmbeddedPostgres.Builder server(DataLayout layout, int port, String superuserPassword) {
        Path log = layout.log("postgres");
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setConnectConfig("password", superuserPassword)
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
                .setRegisterShutdownHook(false);
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

    /** The role and database of a service or Keycloak: {@code <database>_service} for a service, {@code keycloak} for Keycloak. */
    Account account(Component component) {
        String database = component.database()
                .orElseThrow(() -> new IllegalArgumentException(component.id() + " has no database"));
        String role = component == Component.KEYCLOAK ? KEYCLOAK_ROLE : database + "_service";
        return new Account(database, role, passwords.password(role));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.HOST + ":" + postgres.getPort() + "/" + database;
    }

    /** A fresh, empty Keycloak database, so that Keycloak imports the realm file again (it skips realms that exist). */
    void recreateKeycloakDatabase() {
        Account keycloak = account(Component.KEYCLOAK);
        inDatabase("postgres", "DROP DATABASE IF EXISTS " + keycloak.database() + " WITH (FORCE)");
        ownDatabase(keycloak);
    }

    /**
     * Idempotent: roles with their passwords, each database owned by its role and closed to everyone else, the
     * shared role of older data folders retired, then passwords required for every connection.
     */
    private void prepare() {
        // a fresh or older data folder still trusts every local connection, so the superuser gets in before it has a password
        inDatabase("postgres", "ALTER ROLE " + SUPERUSER + " PASSWORD '" + passwords.password(SUPERUSER) + "'");
        List<Account> accounts = Component.withDatabase().stream().map(this::account).toList();
        for (Account account : accounts) {
            // names are the catalogue's (letters and underscores), passwords URL-safe Base64
            inDatabase("postgres",
                    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + account.role() + "') THEN CREATE ROLE "
                            + account.role() + "; END IF; END $$",
                    "ALTER ROLE " + account.role() + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
                            + account.password() + "'");
            ownDatabase(account);
        }
        // nobody but the superuser reaches the maintenance databases (a service's role could read the catalogue from there)
        inDatabase("postgres", "REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC");
        retireSharedRole(accounts);
        requirePasswords();
    }

    private void ownDatabase(Account account) {
        if (!databaseExists(account.database())) {
            inDatabase("postgres", "CREATE DATABASE " + account.database() + " OWNER " + account.role());
        }
        inDatabase("postgres",
                "ALTER DATABASE " + account.database() + " OWNER TO " + account.role(),
                "REVOKE ALL ON DATABASE " + account.database() + " FROM PUBLIC",
                "GRANT CONNECT, TEMPORARY ON DATABASE " + account.database() + " TO " + account.role());
        // Flyway runs as the role: it creates and alters the tables, so it owns the schema
        inDatabase(account.database(),
                "ALTER SCHEMA public OWNER TO " + account.role(),
                "REVOKE ALL ON SCHEMA public FROM PUBLIC");
    }

    /**
     * Before each service had a role of its own, all shared {@value #RETIRED_SHARED_ROLE}, which created the databases
     * and owns every table in them: each database's objects go to its role, the rest to the superuser, and the role goes.
     */
    private void retireSharedRole(List<Account> accounts) {
        if (!roleExists(RETIRED_SHARED_ROLE)) {
            return;
        }
        // a database it still owns that is not a service's (ours were handed over above) goes to the superuser first,
        // so that REASSIGN OWNED, which also moves databases, moves none to a service's role
        for (String database : query("postgres", "SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = '"
                + RETIRED_SHARED_ROLE + "')")) {
            inDatabase("postgres", "ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" OWNER TO " + SUPERUSER);
        }
        Map<String, String> roleOf = new HashMap<>();
        accounts.forEach(account -> roleOf.put(account.database(), account.role()));
        for (String database : query("postgres", "SELECT datname FROM pg_database WHERE datallowconn")) {
            inDatabase(database,
                    "REASSIGN OWNED BY " + RETIRED_SHARED_ROLE + " TO " + roleOf.getOrDefault(database, SUPERUSER),
                    "DROP OWNED BY " + RETIRED_SHARED_ROLE);
        }
        inDatabase("postgres", "DROP ROLE " + RETIRED_SHARED_ROLE);
    }

    /**
     * zonky's initdb trusts every local connection: from now on each needs its role's password. PostgreSQL reads the
     * file again on a reload; the launcher waits until a connection without password is refused.
     */
    private void requirePasswords() {
        Path hba = layout.postgres().resolve("pg_hba.conf");
        String rules = String.join(System.lineSeparator(), CONFIGURED_BY_LAUNCHER,
                "local   all   all                 scram-sha-256",
                "host    all   all   127.0.0.1/32  scram-sha-256",
                "host    all   all   ::1/128       scram-sha-256", "");
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(rules)) {
                return;
            }
            Files.writeString(hba, rules);
        } catch (IOException e) {
            throw new LaunchException("could not write " + hba + ": " + e.getMessage(), e);
        }
        inDatabase("postgres", "SELECT pg_reload_conf()");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (acceptsWithoutPassword()) {
            if (System.nanoTime() > deadline) {
                throw new LaunchException("PostgreSQL still accepts connections without a password after reloading " + hba);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while PostgreSQL reloads its configuration", e);
            }
        }
    }

    private boolean acceptsWithoutPassword() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private boolean roleExists(String role) {
        return !query("postgres", "SELECT rolname FROM pg_roles WHERE rolname = '" + role + "'").isEmpty();
    }

    private boolean databaseExists(String name) {
        return !query("postgres", "SELECT datname FROM pg_database WHERE datname = '" + name + "'").isEmpty();
    }

    private List<String> query(String database, String sql) {
        try (Connection connection = superuser(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new LaunchException("could not query PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void inDatabase(String database, String... statements) {
        try (Connection connection = superuser(database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new LaunchException("could not prepare PostgreSQL (database " + database + "): " + e.getMessage(), e);
        }
    }

    private Connection superuser(String database) throws SQLException {
        try {
            return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, passwords.password(SUPERUSER));
        } catch (SQLException e) {
            if (INVALID_PASSWORD.equals(e.getSQLState())) {
                throw new LaunchException("the superuser's password in " + layout.databaseAccounts() + " does not open the databases in "
                        + layout.postgres() + " (was the file deleted or copied from elsewhere?); --reset starts on fresh data", e);
            }
            throw e;
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
