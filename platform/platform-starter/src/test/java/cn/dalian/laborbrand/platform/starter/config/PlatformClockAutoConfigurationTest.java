package cn.dalian.laborbrand.platform.starter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PlatformClockAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformClockAutoConfiguration.class));

    @Test
    void everyServiceReadsTimeFromOneUtcClock() {
        runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void aServicesOwnClockIsTheOneUsed() {
        Clock fixed = Clock.fixed(Instant.parse("2022-11-22T00:00:00Z"), ZoneOffset.UTC);

        runner.withBean(Clock.class, () -> fixed).run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }
}
