package cn.dalian.laborbrand.platform.starter.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code laborbrand-defaults.yml}, the configuration every service shares (database, Kafka,
 * Keycloak, actuator, logging), with the lowest precedence: a service's own application.yml, the
 * environment and the command line all override it. One file instead of six copies.
 */
public class PlatformDefaultsPostProcessor implements EnvironmentPostProcessor {

    static final String RESOURCE = "laborbrand-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("laborbrand-defaults", new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
