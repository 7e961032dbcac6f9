package cn.dalian.laborbrand.platform.starter.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PlatformDatabaseAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformDatabaseAutoConfiguration.class));

    @Test
    void aServiceCreatesItsDatabaseWhenMissingAndMigratesItsTablesThenThePlatformsOwn() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(DatabaseCreatingPostProcessor.class);
            assertThat(context.getBean(FlywayMigrationStrategy.class)).isInstanceOf(PlatformMigrations.class);
        });
    }

    @Test
    void whereTheAccountMayNotCreateDatabasesTheCreationIsSwitchedOff() {
        runner.withPropertyValues("laborbrand.database.create-if-missing=false")
                .run(context -> assertThat(context).doesNotHaveBean(DatabaseCreatingPostProcessor.class));
    }

    @Test
    void aServicesOwnMigrationStrategyIsTheOneUsed() {
        FlywayMigrationStrategy own = flyway -> {
        };

        runner.withBean(FlywayMigrationStrategy.class, () -> own)
                .run(context -> assertThat(context.getBean(FlywayMigrationStrategy.class)).isSameAs(own));
    }
}
