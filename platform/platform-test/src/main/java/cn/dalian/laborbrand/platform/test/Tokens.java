package cn.dalian.laborbrand.platform.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

import cn.dalian.laborbrand.platform.security.PlatformClaims;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/** Signed access tokens with the claims Keycloak's realm puts in them (roles, orgId, district, audience). */
public final class Tokens {

    private static final long ONE_HOUR = 3600;

    private Tokens() {
    }

    /** A bearer token for the user, signed by the shared test issuer. */
    public static String of(TestUser user) {
        return issue(user, List.of(PlatformClaims.API_AUDIENCE));
    }

    /** A correctly signed token meant for another audience, which the platform must refuse. */
    public static String forOtherAudience(TestUser user) {
        return issue(user, List.of("some-other-api"));
    }

    public static String bearer(TestUser user) {
        return "Bearer " + of(user);
    }

    /** Signs a test request in as the user: {@code http.get().uri(…).headers(Tokens.as(TestUser.OPERATOR))}. */
    public static Consumer<HttpHeaders> as(TestUser user) {
        String bearer = bearer(user);
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer);
    }

    private static String issue(TestUser user, List<String> audience) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(PlatformClaims.REALM_ACCESS, Map.of(PlatformClaims.ROLES, user.roles().stream().map(Enum::name).toList()));
        claims.put(PlatformClaims.PREFERRED_USERNAME, user.username());
        claims.put("azp", "spa");
        if (user.displayName() != null) {
            claims.put(PlatformClaims.NAME, user.displayName());
        }
        if (user.orgId() != null) {
            claims.put(PlatformClaims.ORG_ID, user.orgId());
        }
        if (user.district() != null) {
            claims.put(PlatformClaims.DISTRICT, user.district());
        }
        var callback = new DefaultOAuth2TokenCallback(PlatformTestInfrastructure.ISSUER_ID, "sub-" + user.username(), "JWT",
                audience, claims, ONE_HOUR);
        return PlatformTestInfrastructure.tokenIssuer().issueToken(PlatformTestInfrastructure.ISSUER_ID, "spa", callback).serialize();
    }
}
