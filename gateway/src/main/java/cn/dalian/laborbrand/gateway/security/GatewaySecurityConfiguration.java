package cn.dalian.laborbrand.gateway.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import cn.dalian.laborbrand.gateway.ratelimit.RateLimiting;
import cn.dalian.laborbrand.gateway.spa.WebProperties;
import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.security.RealmRoleConverter;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.web.CorrelationId;

/**
 * The gateway validates the Keycloak token exactly like the services do (signature, issuer, audience
 * {@code laborbrand-api}, realm roles as {@code ROLE_*}) so that a bad token stops here; the services
 * still validate it again and decide roles per endpoint and data scope per caller. The rate limit's two stages
 * stand around the token check: by address before it, by the token's subject after it ({@link RateLimiting}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers handlers,
            CorsConfigurationSource corsConfigurationSource, WebProperties web, RateLimiting rateLimiting,
            @Value("${laborbrand.demo-data:false}") boolean demoData) {
        return http
                // after CORS (a refusal must be readable by the SPA), before any work on the token
                .addFilterBefore(rateLimiting.beforeAuthentication(), SecurityWebFiltersOrder.AUTHENTICATION)
                // after the token check, before the rules: a verified caller counts by its subject, also when refused 403
                .addFilterBefore(rateLimiting.afterAuthentication(), SecurityWebFiltersOrder.AUTHORIZATION)
                // bearer tokens only, no cookies and no session: nothing for CSRF to ride on, nothing to remember
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(corsConfigurationSource))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(web))))
                .authorizeExchange(exchanges -> exchanges
                        // reached only through a circuit breaker's internal forward, never from outside
                        .pathMatchers("/fallback/**").denyAll()
                        .pathMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        // the public's objections during a notice: anonymous, kept honest by the service (challenge, hourly limit)
                        .pathMatchers(HttpMethod.POST, "/api/public/notices/*/objections").permitAll()
                        // the treasury's payment system reports results without a platform token: subsidy-service trusts
                        // only the request's HMAC signature
                        .pathMatchers(HttpMethod.POST, "/api/subsidies/payment-callbacks").permitAll()
                        .pathMatchers(openActuator(demoData)).permitAll()
                        .pathMatchers("/actuator/prometheus").hasAnyRole(Role.OPERATOR.name(), Role.METRICS_SCRAPER.name())
                        .pathMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        // the SPA's files and pages: public, since every call they make carries its own token
                        .matchers(spaFiles()).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(platformJwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    /**
     * Health, for the probes; the build's facts ({@code /actuator/info}) too where demonstration data is on
     * ({@code LABORBRAND_DEMO_DATA}, as in the services), else they are the operators' like the rest of the actuator.
     */
    static String[] openActuator(boolean demoData) {
        return demoData ? new String[] { "/actuator/health", "/actuator/health/**", "/actuator/info" }
                : new String[] { "/actuator/health", "/actuator/health/**" };
    }

    /** Any GET outside the API: the SPA's index.html, assets and client-side routes, and /web-config.json. */
    static ServerWebExchangeMatcher spaFiles() {
        return new AndServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"),
                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")));
    }

    /**
     * The SPA runs only its own scripts, and talks only to the gateway and to Keycloak (sign-in, token renewal).
     * Ant Design writes its styles into style elements at run time, hence 'unsafe-inline' for styles alone.
     */
    static String contentSecurityPolicy(WebProperties web) {
        URI keycloak = URI.create(web.authority());
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self' " + keycloakOrigin + "; frame-src " + keycloakOrigin + "; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self' " + keycloakOrigin + "; object-src 'none'";
    }

    @Bean(destroyMethod = "close")
    KeycloakKeys keycloakKeys(OAuth2ResourceServerProperties resourceServer, JwkSetProperties keySet) throws MalformedURLException {
        return new KeycloakKeys(URI.create(resourceServer.getJwt().getJwkSetUri()).toURL(), keySet.cacheTimeToLive(),
                keySet.minRefreshInterval());
    }

    /**
     * The token check Boot would set up from {@code spring.security.oauth2.resourceserver.jwt} (issuer, audience, expiry,
     * RS256), with the keys from {@link KeycloakKeys}, whose refresh is bounded, and behind a {@link VerifiedTokenCache}
     * ({@code GATEWAY_VERIFIED_TOKENS=0} checks every call in full).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(KeycloakKeys keys, OAuth2ResourceServerProperties resourceServer,
            @Value("${laborbrand.gateway.verified-tokens:2000}") int verifiedTokens) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        List<String> audiences = List.copyOf(jwt.getAudiences());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                new JwtIssuerValidator(jwt.getIssuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && !Collections.disjoint(aud, audiences)))));
        return verifiedTokens > 0 ? new VerifiedTokenCache(decoder, verifiedTokens, Clock.systemUTC()) : decoder;
    }

    /** The same mapping as the services': realm roles to authorities, user name as principal name. */
    static ReactiveJwtAuthenticationConverterAdapter platformJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        converter.setPrincipalClaimName(PlatformClaims.PREFERRED_USERNAME);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /** The SPA's development server runs on another origin; a preflight from it is answered here, before the token check. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, CorrelationId.HEADER));
        cors.setExposedHeaders(List.of(CorrelationId.HEADER, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
