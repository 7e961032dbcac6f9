package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.dalian.laborbrand.launcher.LocalPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SPA's API types are generated from the OpenAPI documents kept in {@code web/openapi/}: each must be what the
 * running service publishes, or the SPA would be type-checked against an API that no longer exists. After changing
 * an API, refresh them with {@code ./mvnw -pl system-tests -am verify -Dit.test=ApiDocumentsSystemIT -Dopenapi.update=true}
 * (the SPA's build then regenerates its types) and commit the documents with the change.
 */
@ExtendWith(RunningPlatform.class)
class ApiDocumentsSystemIT {

    /** Keys sorted and indented, so that a change of the API is a readable diff of the kept copy. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "application-service", "eligibility-service", "review-workflow-service", "brand-registry-service",
            "subsidy-service", "notification-service" })
    void theSpasCopyOfEachServicesApiIsWhatTheServicePublishes(String service, LocalPlatform platform, PlatformClient client)
            throws Exception {
        // the service itself, not the gateway: the document describes the service
        PlatformClient.Response document = client.get(platform.url(service).resolve("/v3/api-docs").toString(), null);
        assertThat(document.status()).as("%s's /v3/api-docs", service).isEqualTo(200);
        JsonNode published = withoutServers(document.json());
        Path kept = platform.options().repositoryRoot().resolve("web/openapi/" + service + ".json");

        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(kept, JSON.writeValueAsString(JSON.treeToValue(published, Map.class)) + "\n");
        }

        assertThat(Files.exists(kept)).as("web/openapi/%s.json exists", service).isTrue();
        assertThat(JSON.readTree(Files.readString(kept)))
                .as("web/openapi/%s.json is what %s publishes: refresh it with -Dopenapi.update=true", service, service)
                .isEqualTo(published);
    }

    /** The address the document was read from is not part of the API. */
    private static JsonNode withoutServers(JsonNode document) {
        ((ObjectNode) document).remove("servers");
        return document;
    }
}
