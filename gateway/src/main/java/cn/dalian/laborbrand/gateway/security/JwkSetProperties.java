package cn.dalian.laborbrand.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway keeps Keycloak's signing keys.
 *
 * @param cacheTimeToLive    how long a fetched key set is used (it is refreshed in the background before that)
 * @param minRefreshInterval a token naming a key id not in the set makes the gateway fetch the set again at most
 *                           once per this interval, so that forged key ids cannot make it call Keycloak per request;
 *                           shorter than {@code cacheTimeToLive} (Nimbus refuses to start otherwise)
 */
@Validated
@ConfigurationProperties("laborbrand.gateway.jwk-set")
public record JwkSetProperties(@NotNull Duration cacheTimeToLive, @NotNull Duration minRefreshInterval) {
}
