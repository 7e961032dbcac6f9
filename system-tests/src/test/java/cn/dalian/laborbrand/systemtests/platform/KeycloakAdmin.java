package cn.dalian.laborbrand.systemtests.platform;

import java.net.URI;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Keycloak's admin API as the stack's administrator, for what a test must see or undo in the laborbrand realm. */
final class KeycloakAdmin {

    /** The administrator the launcher gives Keycloak (it prints them with the demo log-ins). */
    private static final String ADMIN_USER = "admin";
    private static final String ADMIN_PASSWORD = "admin";

    private final URI realmAdmin;
    private final PlatformClient client;
    private final String token;

    KeycloakAdmin(URI keycloak, PlatformClient client) {
        this.realmAdmin = keycloak.resolve("/admin/realms/laborbrand/");
        this.client = client;
        var answer = client.tokenRequest(keycloak.resolve("/realms/master/protocol/openid-connect/token"),
                DemoRealm.form("grant_type", "password", "client_id", "admin-cli", "username", ADMIN_USER,
                        "password", ADMIN_PASSWORD));
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused the administrator: " + answer);
        }
        this.token = answer.json().get("access_token").asString();
    }

    String userId(String username) {
        var users = client.get(realmAdmin.resolve("users?exact=true&username=" + username).toString(), token);
        return users.json().get(0).get("id").asString();
    }

    /** Keycloak's brute-force record of a user: {@code disabled} while the account is locked. */
    JsonNode bruteForceStatus(String userId) {
        return client.get(realmAdmin.resolve("attack-detection/brute-force/users/" + userId).toString(), token).json();
    }

    void unlock(String userId) {
        var answer = client.send("DELETE", realmAdmin.resolve("attack-detection/brute-force/users/" + userId).toString(), token, "", Map.of());
        if (answer.status() != 204) {
            throw new IllegalStateException("could not unlock " + userId + ": " + answer);
        }
    }
}
