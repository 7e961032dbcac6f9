package cn.dalian.laborbrand.review.inspection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-site inspection a district decision needs, for the tests whose subject is a later step: the case's district
 * bureau verifies every item of the checklist through the API, dated the day the case opened, and concludes 查验属实.
 * The case's pre-check must have arrived.
 */
public final class InspectionFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InspectionFixture() {
    }

    public static void concludedAsConfirmed(RestTestClient http, UUID caseId, TestUser districtBureau) {
        JsonNode blank = http.get().uri("/api/reviews/cases/{id}/inspection", caseId).headers(Tokens.as(districtBureau))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<Map<String, String>> findings = blank.get("items").valueStream()
                .map(item -> Map.of("item", item.get("key").asString(), "finding", "CONFIRMED"))
                .toList();
        JsonNode saved = http.put().uri("/api/reviews/cases/{id}/inspection", caseId).headers(Tokens.as(districtBureau))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("version", blank.get("version").asInt(), "inspectedOn",
                        blank.get("earliestInspectedOn").asString(), "inspectors", List.of("王立新", "刘佳"), "findings", findings,
                        "attachments", List.of())))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        http.post().uri("/api/reviews/cases/{id}/inspection/conclusion", caseId).headers(Tokens.as(districtBureau))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("version", saved.get("version").asInt(), "confirmed", true,
                        "conclusion", "经实地查验，申报材料与实际情况一致，查验属实。")))
                .exchange()
                .expectStatus().isOk();
    }
}
