package cn.dalian.laborbrand.platform.starter.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the service's own tables ({@code db/migration}, history in {@code flyway_schema_history}),
 * then the tables every service has because of the platform ({@code db/platform}: the event outbox and
 * the processed-event log, history in {@code platform_schema_history}). Two histories let both evolve
 * without their version numbers ever colliding. The service goes first so that its Flyway always meets
 * a schema it knows.
 */
class PlatformMigrations implements FlywayMigrationStrategy {

    static final String HISTORY_TABLE = "platform_schema_history";
    static final String LOCATION = "classpath:db/platform";

    @Override
    public void migrate(Flyway service) {
        service.migrate();
        Flyway.configure()
                .configuration(service.getConfiguration())
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                // the schema already holds the service's tables: start this history from nothing
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
