package cn.dalian.laborbrand.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps Keycloak's realm roles ({@code realm_access.roles}) to {@code ROLE_*} authorities.
 * Roles the platform does not know are dropped, so a Keycloak default such as
 * {@code offline_access} never grants anything here.
 */
public final class RealmRoleConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get(PlatformClaims.REALM_ACCESS);
        if (!(realmAccess instanceof Map<?, ?> access) || !(access.get(PlatformClaims.ROLES) instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .map(name -> Role.fromAuthority(Role.AUTHORITY_PREFIX + name))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
