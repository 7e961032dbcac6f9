package cn.dalian.laborbrand.gateway.spa;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the SPA needs to know at run time, so that one build serves every host.
 *
 * @param authority the Keycloak realm the browser signs in with (the token issuer)
 * @param clientId the public client of the SPA (authorization code with PKCE)
 */
@ConfigurationProperties("laborbrand.web")
public record WebProperties(String authority, String clientId) {
}
