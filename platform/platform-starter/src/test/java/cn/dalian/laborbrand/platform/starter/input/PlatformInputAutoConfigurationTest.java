package cn.dalian.laborbrand.platform.starter.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import tools.jackson.databind.json.JsonMapper;

/** What the strict-input auto-configuration gives a servlet service, what it lets a service set, and where it stays out. */
class PlatformInputAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, ValidationAutoConfiguration.class,
            WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class, PlatformInputAutoConfiguration.class));

    /** A form field a person must fill in. */
    record Form(@NotBlank String name) {
    }

    @Test
    void aServiceReadsJsonStrictlyThroughTheConverterOnBootsMapperAndOnlyThatOne() {
        web.run(context -> {
            JsonMapper boot = context.getBean(JsonMapper.class);
            var json = context.getBean(RequestMappingHandlerAdapter.class).getMessageConverters().stream()
                    .filter(JacksonJsonHttpMessageConverter.class::isInstance).map(JacksonJsonHttpMessageConverter.class::cast).toList();

            assertThat(json).isNotEmpty().noneMatch(converter -> converter.getMapper() == boot);
            assertThat(json.getFirst().getMapper().readerFor(Object.class)).isNotNull();
        });
    }

    @Test
    void requestsPassTheFilterAndBodiesTheAdviceWithTheDefaultCap() {
        web.run(context -> {
            assertThat(context).hasSingleBean(JsonBodyAdvice.class);
            assertThat(context.getBean(FilterRegistrationBean.class).getFilter()).isInstanceOf(StrictRequestFilter.class);
            assertThat(context.getBean(InputProperties.class).maxJsonBody()).isEqualTo(DataSize.ofMegabytes(1));
        });
    }

    @Test
    void aServiceSetsItsOwnCap() {
        web.withPropertyValues("laborbrand.input.max-json-body=256KB")
                .run(context -> assertThat(context.getBean(InputProperties.class).maxJsonBody()).isEqualTo(DataSize.ofKilobytes(256)));
    }

    @Test
    void aRequiredTextOfInvisibleCharactersOnlyIsBlank() {
        web.run(context -> {
            Validator validator = context.getBean(Validator.class);

            assertThat(validator.validate(new Form("\u200B\u00A0"))).hasSize(1);
            assertThat(validator.validate(new Form("大连金港"))).isEmpty();
        });
    }

    @Test
    void anApplicationWithoutAServletWebServerGetsNoneOfIt() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PlatformInputAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(JsonBodyAdvice.class).doesNotHaveBean(FilterRegistrationBean.class));
    }
}
