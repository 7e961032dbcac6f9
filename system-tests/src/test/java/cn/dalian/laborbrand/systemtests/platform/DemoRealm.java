package cn.dalian.laborbrand.systemtests.platform;

import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo users and clients of deploy/keycloak/laborbrand-realm.json, read from the file the stack imports. */
final class DemoRealm {

    /** The demo realm's client with the password grant (no OTP), for tests; the {@code spa} client has no password grant. */
    static final String TEST_CLIENT = "demo-test-cli";

    private final JsonNode realm;

    DemoRealm(Path realmFile) {
        this.realm = JsonMapper.builder().build().readTree(realmFile.toFile());
    }

    String passwordOf(String username) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asString().equals(username)) {
                return user.get("credentials").get(0).get("value").asString();
            }
        }
        throw new IllegalArgumentException("no demo user " + username + " in the realm");
    }

    String secretOf(String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asString().equals(clientId)) {
                return client.get("secret").asString();
            }
        }
        throw new IllegalArgumentException("no client " + clientId + " in the realm");
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
