package cn.dalian.laborbrand.platform.starter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The configuration every service shares (laborbrand-defaults.yml) comes last: a service and its environment override it. */
class PlatformDefaultsPostProcessorTest {

    @Test
    void theSharedDefaultsAreThereWithTheLowestPrecedence() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of("spring.application.name", "subsidy-service",
                "laborbrand.input.max-json-body", "1MB", "spring.datasource.hikari.maximum-pool-size", "8")));

        new PlatformDefaultsPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().stream().toList().getLast().getName()).contains("laborbrand-defaults");
        assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("8");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");
    }
}
