package cn.dalian.laborbrand.platform.starter.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.security.RealmRoleConverter;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Every service is an OAuth2 resource server in its own right (no service trusts the network):
 * it validates the Keycloak token's signature, issuer and audience, maps {@code realm_access.roles}
 * to {@code ROLE_*}, and answers 401/403 with problem documents. Endpoint roles are declared with
 * {@code @PreAuthorize} beside each endpoint; data scope (own organisation, own district) is checked
 * in the services' own code through {@link CurrentUser}, whose claims {@link AccountClaims} has checked.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    static final String INFO = "/actuator/info";
    static final String[] API_DESCRIPTION = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

    @Bean
    JwtAuthenticationConverter platformJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        converter.setPrincipalClaimName(PlatformClaims.PREFERRED_USERNAME);
        return converter;
    }

    /**
     * Health stays open (the probes carry no token). The build's facts ({@code /actuator/info}) are for operators and
     * the API description for any platform token, except where demonstration data is on (the embedded run, Compose, the
     * tests: {@code LABORBRAND_DEMO_DATA}), which shows both to anyone.
     */
    @Bean
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
            JwtAuthenticationConverter converter, @Value("${laborbrand.demo-data:false}") boolean demoData,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(resolver);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens only, no cookies: there is no session for CSRF to ride on
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    if (demoData) {
                        requests.requestMatchers(INFO).permitAll().requestMatchers(API_DESCRIPTION).permitAll();
                    }
                    requests.requestMatchers("/actuator/prometheus").hasAnyRole(Role.OPERATOR.name(), Role.METRICS_SCRAPER.name())
                            .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                            .requestMatchers(API_DESCRIPTION).authenticated()
                            .requestMatchers("/error").permitAll()
                            .requestMatchers(HttpMethod.GET, properties.publicPaths().toArray(String[]::new)).permitAll()
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // a genuine token whose account claims no service could use is refused here, for every endpoint
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new AccountClaims(converter)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers));
        return http.build();
    }
}
