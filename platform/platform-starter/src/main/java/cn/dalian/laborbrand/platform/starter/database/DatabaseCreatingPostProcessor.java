package cn.dalian.laborbrand.platform.starter.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Before anything (Flyway first) uses the service's data source, makes sure its database exists:
 * when PostgreSQL answers "database does not exist", connects to the server's {@code postgres}
 * maintenance database with the same credentials and creates it. A service may start against a fresh PostgreSQL server with no manual step;
 * where the account may not create databases (a managed server), the database is expected to exist.
 */
class DatabaseCreatingPostProcessor implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreatingPostProcessor.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z_][A-Za-z0-9_]*)(\\?.*)?");
    private static final String MISSING_DATABASE = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            createIfMissing(dataSource);
        }
        return bean;
    }

    private static void createIfMissing(HikariDataSource dataSource) {
        Matcher url = POSTGRES_URL.matcher(dataSource.getJdbcUrl());
        if (!url.matches()) {
            return;
        }
        String database = url.group(2);
        Properties credentials = new Properties();
        if (dataSource.getUsername() != null) {
            credentials.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            credentials.setProperty("password", dataSource.getPassword());
        }
        try (Connection ignored = DriverManager.getConnection(dataSource.getJdbcUrl(), credentials)) {
            return; // it exists; the usual case
        } catch (SQLException e) {
            if (!MISSING_DATABASE.equals(e.getSQLState())) {
                return; // server down or credentials wrong: the pool and Flyway report it in their own words
            }
        }
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials);
                Statement create = connection.createStatement()) {
            // the name was checked against POSTGRES_URL: letters, digits and underscores only
            create.execute("CREATE DATABASE " + database);
            log.info("created database {}", database);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) { // else another instance was quicker
                throw new BeanCreationException("database " + database + " is missing and could not be created through "
                        + maintenanceUrl + ": " + e.getMessage(), e);
            }
        }
    }

}
