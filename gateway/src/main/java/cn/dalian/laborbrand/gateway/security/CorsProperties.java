package cn.dalian.laborbrand.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedOrigins origins whose browser scripts may call the API: the SPA's development server;
 *                       in production the SPA is served by the gateway itself (same origin)
 */
@ConfigurationProperties("laborbrand.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
