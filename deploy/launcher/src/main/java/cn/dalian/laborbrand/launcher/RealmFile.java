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

    /** A person who can log in; service accounts are left out. */
    record DemoUser(String username, String name, List<String> roles, String orgId, String district) {
    }

    /** @param secret null for a public client */
    record DemoClient(String clientId, String secret, boolean serviceAccount) {
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
                        roles, attribute(user, "orgId"), attribute(user, "district")));
            }
            List<DemoClient> clients = new ArrayList<>();
            for (JsonNode client : realm.path("clients")) {
                clients.add(new DemoClient(client.path("clientId").asText(), client.hasNonNull("secret") ? client.get("secret").asText() : null,
                        client.path("serviceAccountsEnabled").asBoolean()));
            }
            String password = realm.path("users").path(0).path("credentials").path(0).path("value").asText();
            return new RealmFile(List.copyOf(users), List.copyOf(clients), password);
        } catch (IOException e) {
            throw new LaunchException("could not read the realm file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }
}
