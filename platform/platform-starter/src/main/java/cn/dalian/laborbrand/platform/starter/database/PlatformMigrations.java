package cn.dalian.laborbrand.platform.starter.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the service's own tables ({@code db/migration}, history in {@code flyway_schema_history}),
 * then the tables every service has because of the platform ({@code db/platform}: the event outbox and
 * the processed-event log, history in {@code platform_schema_history}). Two histories let both evolve
 * without their version numbers ever colliding. The service goes first so that its Flyway always meets
 * a schema it knows.
 *
 * <p>With demo data on (the embedded run and the tests), a third history ({@code db/demo}, in
 * {@code demo_schema_history}) adds what a demonstration needs and production must never hold, such as
 * a campaign whose application window is open whatever the date.
 */
class PlatformMigrations implements FlywayMigrationStrategy {

    static final String HISTORY_TABLE = "platform_schema_history";
    static final String LOCATION = "classpath:db/platform";
    static final String DEMO_HISTORY_TABLE = "demo_schema_history";
    static final String DEMO_LOCATION = "classpath:db/demo";

    private final boolean demoData;

    PlatformMigrations(boolean demoData) {
        this.demoData = demoData;
    }

    @Override
    public void migrate(Flyway service) {
        service.migrate();
        migrate(service, HISTORY_TABLE, LOCATION);
        if (demoData) {
            migrate(service, DEMO_HISTORY_TABLE, DEMO_LOCATION);
        }
    }

    private static void migrate(Flyway service, String history, String location) {
        Flyway.configure()
                .configuration(service.getConfiguration())
                .table(history)
                .locations(location)
                // the schema already holds the service's tables: start this history from nothing
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
