package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The launcher's PostgreSQL, started for real (a few seconds): each service and Keycloak reaches its own
 * database as its own role and nothing else, no role the apps get is a superuser, every connection needs
 * a password, and a second start, or a first start over a data folder from the days of one shared role,
 * leaves everything working.
 */
class DatabaseTest {

    private static final String PERMISSION_DENIED = "42501";
    private static final String WRONG_PASSWORD = "28P01";

    @TempDir
    Path data;

    @Test
    void eachServiceAndKeycloakOwnOnlyTheirDatabaseAsARoleWithoutPowersAlsoAfterASecondStart() throws Exception {
        DataLayout layout = layout();
        int port = freePort();
        try (Database database = Database.start(layout, port)) {
            for (Component owner : Component.withDatabase()) {
                Database.Account account = database.account(owner);
                try (Connection own = connect(database, account.database(), account.role(), account.password())) {
                    execute(own, "CREATE TABLE brand_probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text)",
                            "INSERT INTO brand_probe (name) VALUES ('大连金港人力资源服务有限公司')");
                    assertThat(single(own, "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls"
                            + " FROM pg_roles WHERE rolname = current_user")).as(account.role()).isEqualTo("f");
                }
                for (String other : otherDatabases(owner)) {
                    assertRefused(database, other, account, PERMISSION_DENIED);
                }
                assertRefused(database, account.database(), new Database.Account(account.database(), account.role(), "laborbrand"),
                        WRONG_PASSWORD);
            }
            assertThat(Component.withDatabase().stream().map(c -> database.account(c).role()))
                    .containsExactly("keycloak", "application_service", "eligibility_service", "review_workflow_service",
                            "brand_registry_service", "subsidy_service", "notification_service");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl("postgres"), Database.SUPERUSER, ""))
                    .as("the superuser needs its password too").isInstanceOf(SQLException.class);
        }
        Path accounts = layout.databaseAccounts();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accounts))).isEqualTo("rw-------");
        Properties passwords = new Properties();
        try (var in = Files.newBufferedReader(accounts)) {
            passwords.load(in);
        }
        assertThat(passwords).hasSize(Component.withDatabase().size() + 1);
        assertThat(passwords.values().stream().distinct()).as("no two roles share a password").hasSize(passwords.size());

        try (Database again = Database.start(layout, port)) {
            for (Component owner : Component.withDatabase()) {
                Database.Account account = again.account(owner);
                assertThat(account.password()).isEqualTo(passwords.getProperty(account.role()));
                try (Connection own = connect(again, account.database(), account.role(), account.password())) {
                    execute(own, "INSERT INTO brand_probe (name) VALUES ('大连海湾职业培训学校')");
                    assertThat(single(own, "SELECT count(*) FROM brand_probe")).isEqualTo("2");
                }
            }
        }
    }

    @Test
    void aDataFolderFromTheSharedRoleIsHandedToEachServicesRoleAndTheSharedRoleDropped() throws Exception {
        DataLayout layout = layout();
        int port = freePort();
        Files.createDirectories(layout.logs());
        // what the launcher left before each service had its own role: 'laborbrand' (CREATEDB) created the databases
        // and Flyway's tables in them; Keycloak's role 'keycloak' with the password 'keycloak'
        try (EmbeddedPostgres before = Database.server(layout, port, "ignored: initdb trusts local connections").start()) {
            try (Connection admin = before.getPostgresDatabase().getConnection()) {
                execute(admin, "CREATE ROLE laborbrand LOGIN CREATEDB PASSWORD 'laborbrand'",
                        "CREATE ROLE keycloak LOGIN PASSWORD 'keycloak'", "CREATE DATABASE keycloak OWNER keycloak");
            }
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/";
            try (Connection shared = DriverManager.getConnection(url + "postgres", "laborbrand", "laborbrand")) {
                execute(shared, "CREATE DATABASE application");
            }
            try (Connection shared = DriverManager.getConnection(url + "application", "laborbrand", "laborbrand")) {
                execute(shared, "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version text)",
                        "INSERT INTO flyway_schema_history VALUES (1, '1')",
                        "CREATE TABLE application_form (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, unit_name text)",
                        "INSERT INTO application_form (unit_name) VALUES ('大连金港人力资源服务有限公司')");
            }
        }

        try (Database database = Database.start(layout, port)) {
            Database.Account application = database.account(Component.APPLICATION_SERVICE);
            try (Connection own = connect(database, "application", application.role(), application.password())) {
                // a next migration, as Flyway runs it: as the service's role, on the tables the shared role created
                execute(own, "ALTER TABLE application_form ADD COLUMN district char(6)",
                        "INSERT INTO application_form (unit_name, district) VALUES ('大连海湾职业培训学校', '210213')",
                        "INSERT INTO flyway_schema_history VALUES (2, '2')");
                assertThat(single(own, "SELECT count(*) FROM application_form")).isEqualTo("2");
                assertThat(single(own, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'"))
                        .isEqualTo("application_service");
                assertThat(single(own, "SELECT count(*) FROM pg_roles WHERE rolname = 'laborbrand'")).as("the shared role is gone").isEqualTo("0");
            }
            Database.Account keycloak = database.account(Component.KEYCLOAK);
            assertRefused(database, "keycloak", new Database.Account("keycloak", "keycloak", "keycloak"), WRONG_PASSWORD);
            connect(database, "keycloak", keycloak.role(), keycloak.password()).close();
        }
    }

    private DataLayout layout() {
        // the binaries are unpacked once into the repository's cache, as for the system tests
        return new DataLayout(data, LaunchOptions.forSystemTests(LaunchOptions.findRepositoryRoot(Path.of(""))).layout().cache());
    }

    private static List<String> otherDatabases(Component owner) {
        List<String> others = new java.util.ArrayList<>(List.of("postgres", "template1"));
        Component.withDatabase().stream().filter(c -> c != owner).map(c -> c.database().orElseThrow()).forEach(others::add);
        return others;
    }

    private static void assertRefused(Database database, String name, Database.Account account, String sqlState) {
        assertThatThrownBy(() -> connect(database, name, account.role(), account.password()).close())
                .as("%s into %s", account.role(), name)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
    }

    private static Connection connect(Database database, String name, String role, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(name), role, password);
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The catalogue's databases are the ones the services name in {@code laborbrand.database-name}. */
    @Test
    void eachServicesDatabaseIsTheOneItsConfigurationNames() throws IOException {
        Path root = LaunchOptions.findRepositoryRoot(Path.of(""));
        Map<String, String> configured = Component.bootApps().stream().filter(c -> c.kind() == Component.Kind.SERVICE)
                .collect(Collectors.toMap(Component::id, c -> databaseName(root.resolve(c.module()).resolve("src/main/resources/application.yml"))));
        Component.bootApps().stream().filter(c -> c.kind() == Component.Kind.SERVICE)
                .forEach(c -> assertThat(c.database()).as(c.id()).contains(configured.get(c.id())));
        assertThat(Component.GATEWAY.database()).isEmpty();
    }

    private static String databaseName(Path applicationYml) {
        try {
            return Files.readAllLines(applicationYml).stream().map(String::strip).filter(line -> line.startsWith("database-name:"))
                    .map(line -> line.substring("database-name:".length()).strip()).findFirst()
                    .orElseThrow(() -> new AssertionError("no laborbrand.database-name in " + applicationYml));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
