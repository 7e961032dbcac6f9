package cn.dalian.laborbrand.platform.starter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

class PlatformClockAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformClockAutoConfiguration.class));

    @Test
    void everyServiceReadsTimeFromOneUtcClock() {
        runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
    }

    @Test
    void validationJudgesPastAndFutureByTheDayInDalian() {
        // given 06:30 in Dalian on 1 December 2026, still 30 November in UTC
        Clock early = Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), ZoneOffset.UTC);

        runner.withBean(Clock.class, () -> early).withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).run(context -> {
            Validator validator = context.getBean(Validator.class);
            // then a decision dated today in Dalian is not in the future, tomorrow is
            assertThat(validator.validate(new Decision(LocalDate.of(2026, 12, 1)))).isEmpty();
            assertThat(validator.validate(new Decision(LocalDate.of(2026, 12, 2)))).hasSize(1);
        });
    }

    record Decision(@PastOrPresent LocalDate decidedOn) {
    }

    @Test
    void aServicesOwnClockIsTheOneUsed() {
        Clock fixed = Clock.fixed(Instant.parse("2022-11-22T00:00:00Z"), ZoneOffset.UTC);

        runner.withBean(Clock.class, () -> fixed).run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }
}
