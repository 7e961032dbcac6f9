package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The subsidy policy from {@code laborbrand.subsidy.amounts-fen} (campaign → level → fen). */
@Configuration
@EnableConfigurationProperties(SubsidyConfiguration.SubsidyProperties.class)
class SubsidyConfiguration {

    @Bean
    SubsidyPolicy subsidyPolicy(SubsidyProperties properties) {
        return new SubsidyPolicy(properties.amountsFen());
    }

    @ConfigurationProperties("laborbrand.subsidy")
    record SubsidyProperties(Map<String, Map<String, Long>> amountsFen) {
    }
}
