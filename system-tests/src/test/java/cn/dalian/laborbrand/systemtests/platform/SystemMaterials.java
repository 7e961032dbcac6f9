package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/**
 * What a unit hands in with Attachment 1 before it may submit, through the gateway as the SPA does it: the worker roster
 * through its import, then a file for every material the checklist still calls mandatory (a small real PDF each).
 */
final class SystemMaterials {

    private SystemMaterials() {
    }

    /** Imports the roster and uploads the other mandatory materials; answers the import's answer. */
    static JsonNode handIn(PlatformClient client, String token, String applicationId, byte[] roster) {
        var imported = client.upload("/api/applications/" + applicationId + "/roster?name=" + encode("务工人员花名册.csv"), token, roster);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode checklist = client.get("/api/applications/" + applicationId + "/materials", token).json();
        for (JsonNode material : checklist.get("materials")) {
            if (material.get("mandatory").asBoolean() && material.get("missing").asBoolean()) {
                String name = material.get("label").asString() + ".pdf";
                var uploaded = client.upload("/api/applications/" + applicationId + "/materials/" + material.get("kind").asString() + "/files?name="
                        + encode(name), token, pdf(name));
                assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            }
        }
        JsonNode after = client.get("/api/applications/" + applicationId + "/materials", token).json();
        assertThat(after.get("complete").asBoolean()).as(after.toString()).isTrue();
        return imported.json();
    }

    /** A minimal PDF document of one empty page. */
    static byte[] pdf(String title) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
