package cn.dalian.laborbrand.platform.starter.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths path patterns anyone may call without a token (the public notice, the
 *                    certified-brand list); everything else needs a valid platform token
 */
@ConfigurationProperties("laborbrand.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
