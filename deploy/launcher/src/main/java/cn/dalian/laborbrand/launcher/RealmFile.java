package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo users and clients in the realm file, for the summary the launcher prints (the file is the one
 * truth). All demo users share one password, the first user's.
 */
record RealmFile(List<DemoUser> users, List<DemoClient> clients, String demoPassword) {

    /** The demo realm's client with the password grant, for tests, benchmarks and scripts; never in a production realm. */
    static final String DEMO_TEST_CLIENT = "demo-test-cli";
    /** The roles the browser log-in asks for a one-time password (the realm's browser flow). */
    static final List<String> OTP_ROLES = List.of("LEADING_GROUP", "FINANCE_CLERK", "FINANCE_APPROVER");

    /**
     * A person who can log in; service accounts are left out.
     *
     * @param otpSecret the demo TOTP secret (Base32, for an authenticator app), null for a person never asked for one
     */
    record DemoUser(String username, String name, List<String> roles, String orgId, String district, String otpSecret) {
    }

    /** @param secret null for a public client */
    record DemoClient(String clientId, String secret, boolean serviceAccount, boolean passwordGrant) {
    }

    static RealmFile read(Path file) {
        try {
            JsonNode realm = new ObjectMapper().readTree(file.toFile());
            List<DemoUser> users = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                users.add(new DemoUser(user.path("username").asText(), user.path("lastName").asText() + user.path("firstName").asText(),
                        roles, attribute(user, "orgId"), attribute(user, "district"), otpSecret(user)));
            }
            List<DemoClient> clients = new ArrayList<>();
            for (JsonNode client : realm.path("clients")) {
                clients.add(new DemoClient(client.path("clientId").asText(), client.hasNonNull("secret") ? client.get("secret").asText() : null,
                        client.path("serviceAccountsEnabled").asBoolean(), client.path("directAccessGrantsEnabled").asBoolean()));
            }
            String password = realm.path("users").path(0).path("credentials").path(0).path("value").asText();
            return new RealmFile(List.copyOf(users), List.copyOf(clients), password);
        } catch (IOException e) {
            throw new LaunchException("could not read the realm file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String otpSecret(JsonNode user) throws IOException {
        for (JsonNode credential : user.path("credentials")) {
            if (credential.path("type").asText().equals("otp")) {
                return new ObjectMapper().readTree(credential.path("secretData").asText()).path("value").asText();
            }
        }
        return null;
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }
}
