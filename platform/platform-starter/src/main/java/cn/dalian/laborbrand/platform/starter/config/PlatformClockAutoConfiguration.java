package cn.dalian.laborbrand.platform.starter.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * The one clock every service reads time from, so that tests can move it instead of sleeping. Bean Validation reads it
 * too, in Dalian's time zone: {@code @PastOrPresent} on a date a person enters means "not after today in Dalian", which
 * the servers' UTC would still call tomorrow until 08:00.
 */
@AutoConfiguration
public class PlatformClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnClass(ValidationConfigurationCustomizer.class)
    ValidationConfigurationCustomizer dalianValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(ChineseDates.DALIAN));
    }
}
