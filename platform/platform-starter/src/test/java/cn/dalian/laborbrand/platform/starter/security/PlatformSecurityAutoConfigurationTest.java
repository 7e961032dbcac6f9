package cn.dalian.laborbrand.platform.starter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

class PlatformSecurityAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                    PlatformSecurityAutoConfiguration.class))
            .withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:20999/certs");

    @Test
    void aTokensRealmRolesBecomeAuthoritiesAndItsUserNameThePrincipal() {
        web.run(context -> {
            Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("0b1f-4c")
                    .claim("preferred_username", "reviewer-ganjingzi")
                    .claim("realm_access", Map.of("roles", List.of("DISTRICT_REVIEWER", "offline_access")))
                    .issuedAt(Instant.parse("2022-11-18T00:00:00Z")).expiresAt(Instant.parse("2022-11-18T01:00:00Z")).build();

            var authentication = context.getBean(JwtAuthenticationConverter.class).convert(token);

            assertThat(authentication.getName()).isEqualTo("reviewer-ganjingzi");
            assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_DISTRICT_REVIEWER")
                    .doesNotContain("ROLE_offline_access");
        });
    }

    @Test
    void everyServiceIsAResourceServerWithTheSharedPublicPathsAndItsOwn() {
        web.withPropertyValues("laborbrand.security.public-paths[0]=/api/public/**", "laborbrand.security.public-paths[1]=/api/public/brands/**")
                .run(context -> {
                    assertThat(context).hasSingleBean(SecurityFilterChain.class);
                    assertThat(context.getBean(PlatformSecurityProperties.class).publicPaths())
                            .containsExactly("/api/public/**", "/api/public/brands/**");
                });
    }

    @Test
    void withoutPublicPathsNothingIsOpenButHealthAndTheApiDescription() {
        web.run(context -> assertThat(context.getBean(PlatformSecurityProperties.class).publicPaths()).isEmpty());
    }

    @Test
    void anApplicationWithoutAServletWebServerGetsNoneOfIt() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PlatformSecurityAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SecurityFilterChain.class).doesNotHaveBean(JwtAuthenticationConverter.class));
    }
}
