package cn.dalian.laborbrand.notification.directory;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and as whom the staff directory reads Keycloak: the confidential client {@code clientId} (a service account
 * allowed to view users), against the realm's admin API. The admin API and token endpoint follow from the realm's
 * issuer ({@code …/realms/laborbrand}) unless {@code adminUri} names the admin API ({@code …/admin/realms/laborbrand}),
 * e.g. where the services reach Keycloak by another host name than the browsers; the token endpoint then follows from it.
 *
 * @param cacheTtl  how long an answer is used without asking Keycloak again
 * @param staleFor  how long an older answer may still be used while Keycloak cannot answer
 * @param timeout   how long one request to Keycloak may take
 */
@ConfigurationProperties("laborbrand.notification.directory")
record DirectoryProperties(URI issuerUri, URI adminUri, String clientId, String clientSecret, Duration cacheTtl, Duration staleFor,
        Duration timeout) {

    private static final String REALMS = "/realms/";

    DirectoryProperties {
        cacheTtl = cacheTtl == null ? Duration.ofMinutes(5) : cacheTtl;
        staleFor = staleFor == null ? Duration.ofHours(24) : staleFor;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    /** The realm's admin API, e.g. {@code http://127.0.0.1:8180/admin/realms/laborbrand}. */
    String adminBase() {
        if (adminUri != null && !adminUri.toString().isBlank()) {
            return trimmed(adminUri.toString());
        }
        String issuer = trimmed(issuerUri.toString());
        int realms = issuer.lastIndexOf(REALMS);
        // an issuer that is not a Keycloak realm (a test's token issuer) names no admin API: asking it simply fails
        return realms < 0 ? issuer : issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    /** The realm's token endpoint, where the client's service account gets its token. */
    String tokenUri() {
        String admin = adminBase();
        int realms = admin.lastIndexOf("/admin" + REALMS);
        String realm = realms < 0 ? admin : admin.substring(0, realms) + admin.substring(realms + "/admin".length());
        return realm + "/protocol/openid-connect/token";
    }

    private static String trimmed(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
