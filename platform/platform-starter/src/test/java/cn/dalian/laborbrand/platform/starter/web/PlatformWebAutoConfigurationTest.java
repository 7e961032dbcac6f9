package cn.dalian.laborbrand.platform.starter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

import cn.dalian.laborbrand.platform.starter.problem.ProblemErrorController;
import cn.dalian.laborbrand.platform.starter.problem.ProblemExceptionHandler;
import io.swagger.v3.oas.models.OpenAPI;

class PlatformWebAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
            .withPropertyValues("spring.application.name=subsidy-service");

    @Test
    void aServletServiceAnswersProblemsSpeaksChineseAndDescribesItsApi() {
        web.run(context -> {
            assertThat(context).hasSingleBean(ProblemExceptionHandler.class).hasSingleBean(ProblemErrorController.class);
            assertThat(context.getBean(LocaleResolver.class).resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(context.getBean(OpenAPI.class).getInfo().getTitle()).isEqualTo("subsidy-service");
        });
    }

    @Test
    void theCorrelationIdIsKeptBeforeSecurityRuns() {
        web.run(context -> {
            FilterRegistrationBean<?> correlation = context.getBean("correlationIdFilter", FilterRegistrationBean.class);
            assertThat(correlation.getFilter()).isInstanceOf(CorrelationIdFilter.class);
            assertThat(correlation.getOrder()).isLessThan(Ordered.HIGHEST_PRECEDENCE + 10); // Spring Security's chain sits at -100
        });
    }

    @Test
    void anApplicationWithoutAServletWebServerGetsNoneOfIt() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class).doesNotHaveBean(LocaleResolver.class));
    }
}
