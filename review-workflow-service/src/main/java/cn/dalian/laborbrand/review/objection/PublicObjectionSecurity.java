package cn.dalian.laborbrand.review.objection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Anyone may object to a brand on a running notice, signed in or not: this one write under {@code /api/public} is
 * anonymous (the platform opens the public paths for reading only). The challenge and the hourly limit per client
 * address keep it honest instead of a token.
 */
@Configuration(proxyBeanMethods = false)
class PublicObjectionSecurity {

    static final String LODGE_PATH = "/api/public/notices/*/objections";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain anonymousObjections(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LODGE_PATH))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookies, no session: nothing for CSRF to ride on
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
