package cn.dalian.laborbrand.systemtests.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provincial system's side of the registry feed, as it runs against the platform: a client-credentials token of
 * {@value PlatformClient#PROVINCIAL_SYSTEM} from Keycloak, {@code GET /api/registry/events} through the gateway page by
 * page, the cursor kept between pulls.
 */
final class ProvincialFeed {

    private static final String TYPES = "cn.dalian.laborbrand.registry.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlatformClient client;
    private String cursor;

    ProvincialFeed(PlatformClient client) {
        this.client = client;
    }

    /** The events published since the last pull (from the start on the first), following {@code next} while more are waiting. */
    List<JsonNode> pull() {
        List<JsonNode> events = new ArrayList<>();
        JsonNode page;
        do {
            var response = client.get("/api/registry/events?limit=500" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor,
                    StandardCharsets.UTF_8)), client.tokenOf(PlatformClient.PROVINCIAL_SYSTEM));
            if (response.status() != 200) {
                throw new AssertionError("the feed answered " + response);
            }
            page = response.json();
            page.get("events").forEach(events::add);
            cursor = page.get("next").asString();
        } while (page.get("hasMore").asBoolean());
        return events;
    }

    /** The event of a type (e.g. {@code BrandRegistered.v1}) about a brand, among those pulled. */
    static Optional<JsonNode> find(List<JsonNode> events, String type, String brandId) {
        return events.stream().filter(event -> (TYPES + type).equals(event.get("type").asString()) && brandId.equals(event.get("subject").asString()))
                .findFirst();
    }

    /** The realm roles the client's token carries (its payload, read without checking the signature: the services check it). */
    List<String> roles() {
        String token = client.tokenOf(PlatformClient.PROVINCIAL_SYSTEM);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }
}
