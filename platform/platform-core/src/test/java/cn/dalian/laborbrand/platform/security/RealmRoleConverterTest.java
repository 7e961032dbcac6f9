package cn.dalian.laborbrand.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRoleConverterTest {

    private final RealmRoleConverter converter = new RealmRoleConverter();

    @Test
    void realmRolesOfThePlatformBecomeRoleAuthorities() {
        // given a Keycloak token for a district reviewer of 甘井子区
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("DISTRICT_REVIEWER", "offline_access", "uma_authorization")),
                "district", "210211"));

        // when
        var authorities = converter.convert(token).stream().map(GrantedAuthority::getAuthority).toList();

        // then only the platform's role is granted; Keycloak's default roles grant nothing
        assertThat(authorities).containsExactly("ROLE_DISTRICT_REVIEWER");
    }

    @Test
    void aTokenWithoutRealmAccessGrantsNothing() {
        assertThat(converter.convert(token(Map.of("scope", "profile")))).isEmpty();
    }

    @Test
    void aMalformedRolesClaimGrantsNothing() {
        assertThat(converter.convert(token(Map.of("realm_access", Map.of("roles", "APPLICANT"))))).isEmpty();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("reviewer-ganjingzi")
                .issuedAt(Instant.parse("2022-11-15T01:00:00Z")).expiresAt(Instant.parse("2022-11-15T02:00:00Z"))
                .claims(all -> all.putAll(claims)).build();
    }
}
