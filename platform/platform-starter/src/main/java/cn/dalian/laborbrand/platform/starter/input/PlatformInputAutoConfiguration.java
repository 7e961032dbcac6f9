package cn.dalian.laborbrand.platform.starter.input;

import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import org.apache.catalina.core.StandardHost;

import cn.dalian.laborbrand.platform.validation.VisibleNotBlankValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict input as every service's default (a service may relax nothing here by accident: each piece has one place).
 * JSON bodies are read by {@link StrictJson} through {@link JsonBodyAdvice}, requests pass {@link StrictRequestFilter}
 * first, {@code @NotBlank} means "a reader sees a character", and Tomcat's own refusals are problem documents.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(InputProperties.class)
@Import(JsonBodyAdvice.class)
public class PlatformInputAutoConfiguration {

    /**
     * Replaces the JSON converter built on Boot's mapper once the list is complete, so that no order of customizers
     * undoes it. Other JSON converters (the actuator's, for its own answers only) stay as they are.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer strictJsonRequests(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictJson.forRequests(jsonMapper));
        return builder -> builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                        && ((JacksonJsonHttpMessageConverter) converter).getMapper() == jsonMapper ? strict : converter));
    }

    @Bean
    FilterRegistrationBean<StrictRequestFilter> strictRequestFilter(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<StrictRequestFilter> registration = new FilterRegistrationBean<>(new StrictRequestFilter(problems));
        // after the correlation id (so that its problems quote one), before Spring Security
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    ValidationConfigurationCustomizer visibleNotBlank() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(VisibleNotBlankValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }
}
