package cn.dalian.laborbrand.platform.starter.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Each service owns one PostgreSQL database: created on first start when missing, then migrated. */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
public class PlatformDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnBooleanProperty(name = "laborbrand.database.create-if-missing", matchIfMissing = true)
    static DatabaseCreatingPostProcessor databaseCreatingPostProcessor() {
        return new DatabaseCreatingPostProcessor();
    }

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy platformMigrations(@Value("${laborbrand.demo-data:false}") boolean demoData) {
        return new PlatformMigrations(demoData);
    }
}
