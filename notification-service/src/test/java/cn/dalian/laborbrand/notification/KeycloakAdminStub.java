package cn.dalian.laborbrand.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/**
 * notification-service with WireMock playing Keycloak's Admin REST API and token endpoint (the real Keycloak is proven by
 * the system tests). Every test class extending this shares one context; the daily digest's schedules are off (tests run
 * it themselves).
 */
@PlatformIntegrationTest
public abstract class KeycloakAdminStub {

    public static final String ADMIN = "/admin/realms/laborbrand";
    public static final String TOKEN = "/realms/laborbrand/protocol/openid-connect/token";
    public static final WireMockServer KEYCLOAK = started();

    @DynamicPropertySource
    protected static void keycloakAdmin(DynamicPropertyRegistry properties) {
        properties.add("KEYCLOAK_ADMIN_URI", () -> KEYCLOAK.baseUrl() + ADMIN);
        properties.add("laborbrand.notification.digest.cron", () -> "-");
        properties.add("laborbrand.notification.digest.retry-cron", () -> "-");
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** The token lives 30 s, less than Spring's 60 s of clock skew: every request fetches a new one, so tests see each fetch. */
    @BeforeEach
    protected void givenKeycloakGivesTheServiceAccountATokenAndKnowsNobody() {
        KEYCLOAK.resetAll();
        KEYCLOAK.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(okJson("""
                {"access_token": "directory-token", "token_type": "Bearer", "expires_in": 30}""")));
        KEYCLOAK.stubFor(get(urlPathEqualTo(ADMIN + "/users")).atPriority(10).willReturn(okJson("[]")));
    }

    /** Keycloak's answer to GET /roles/{role}/users for the first page (first=0). */
    protected static MappingBuilder roleUsers(String role) {
        return get(urlPathEqualTo(ADMIN + "/roles/" + role + "/users"));
    }

    protected static void stubRole(String role, String usersJson) {
        KEYCLOAK.stubFor(roleUsers(role).willReturn(okJson(usersJson)));
    }

    protected static void stubRoleDown(String role) {
        KEYCLOAK.stubFor(roleUsers(role).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    }

    /** A user as Keycloak's full representation has it. */
    protected static String user(String username, String lastName, String firstName, boolean enabled, Map<String, String> attributes) {
        String attributesJson = attributes.entrySet().stream().map(entry -> "\"%s\": [\"%s\"]".formatted(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "));
        return """
                {"id": "%s", "username": "%s", "lastName": "%s", "firstName": "%s", "email": "%s@dl.gov.cn", "emailVerified": true,
                 "enabled": %s, "createdTimestamp": 1764547200000, "attributes": {%s}}"""
                .formatted(java.util.UUID.nameUUIDFromBytes(username.getBytes()), username, lastName, firstName, username, enabled,
                        attributesJson);
    }

    protected static String users(List<String> users) {
        return "[" + String.join(",", users) + "]";
    }
}
