package cn.dalian.laborbrand.systemtests.platform;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/** Waiting for what events carry between services, and finding items in the answers: what every system test needs. */
final class Eventually {

    static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private Eventually() {
    }

    static JsonNode eventually(Supplier<PlatformClient.Response> call) {
        return eventually(call, body -> body);
    }

    /** Polls (events take a moment between services) until the call answers 200 and the check finds something. */
    static JsonNode eventually(Supplier<PlatformClient.Response> call, Function<JsonNode, JsonNode> check) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> {
            PlatformClient.Response response = call.get();
            found[0] = response.status() == 200 ? check.apply(response.json()) : null;
            return found[0] != null;
        });
        return found[0];
    }

    static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> matches = all(array, field, value);
        return matches.isEmpty() ? null : matches.getFirst();
    }

    static List<JsonNode> all(JsonNode array, String field, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(item -> {
            if (item.has(field) && value.equals(item.get(field).asString())) {
                matches.add(item);
            }
        });
        return matches;
    }
}
