package cn.dalian.laborbrand.platform.starter.database;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Each service owns one PostgreSQL database; it creates it on first start when it is missing. */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "laborbrand.database.create-if-missing", matchIfMissing = true)
public class PlatformDatabaseAutoConfiguration {

    @Bean
    static DatabaseCreatingPostProcessor databaseCreatingPostProcessor() {
        return new DatabaseCreatingPostProcessor();
    }
}
