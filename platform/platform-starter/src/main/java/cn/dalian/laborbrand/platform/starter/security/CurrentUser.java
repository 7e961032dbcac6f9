package cn.dalian.laborbrand.platform.starter.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * The caller as the platform sees it: who (subject, user name), with which roles, for which
 * organisation ({@code orgId}) or district. Controllers take it as a parameter; services use it to
 * keep every query inside the caller's own data scope.
 */
public record CurrentUser(String subject, String username, Set<Role> roles, Optional<String> orgId,
        Optional<String> district) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static CurrentUser of(JwtAuthenticationToken authentication) {
        Jwt token = authentication.getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
        }
        return new CurrentUser(token.getSubject(), authentication.getName(), roles,
                nonBlank(token.getClaimAsString(PlatformClaims.ORG_ID)),
                nonBlank(token.getClaimAsString(PlatformClaims.DISTRICT)));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The caller's organisation; a token for an applicant without one is refused, never guessed. One whose orgId is
     * not a valid Unified Social Credit Code (GB 32100-2015) never gets this far ({@link AccountClaims}).
     */
    public String requireOrgId() {
        return orgId.orElseThrow(() -> PlatformException.forbidden("您的账号未关联申报单位（缺少 orgId），请联系管理员。"));
    }

    /** The caller's district; a reviewer's token without one is refused, never widened to all districts. */
    public String requireDistrict() {
        return district.orElseThrow(() -> PlatformException.forbidden("您的账号未关联所属区市县（缺少 district），请联系管理员。"));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
