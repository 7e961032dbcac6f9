package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The district bureau's on-site inspection (实地查验) through the gateway, as the screen does it: once the pre-check has
 * put its criteria on the checklist, every item found true, two inspectors, concluded 查验属实 today. A district decision
 * waits for it.
 */
final class SystemInspection {

    private SystemInspection() {
    }

    static void concludeAsConfirmed(PlatformClient client, String districtToken, String caseId) {
        String path = "/api/reviews/cases/" + caseId + "/inspection";
        JsonNode blank = client.get(path, districtToken).json();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (blank.get("criteriaPending").asBoolean() && Instant.now().isBefore(giveUp)) {
            pause();
            blank = client.get(path, districtToken).json();
        }
        assertThat(blank.get("criteriaPending").asBoolean()).as("the pre-check's criteria on the checklist").isFalse();
        List<String> findings = new ArrayList<>();
        blank.get("items").forEach(item -> findings.add("{\"item\": \"" + item.get("key").asString() + "\", \"finding\": \"CONFIRMED\"}"));
        var saved = client.put(path, districtToken, """
                {"version": %d, "inspectedOn": "%s", "inspectors": ["王立新", "刘佳"], "findings": [%s]}
                """.formatted(blank.get("version").asInt(), LocalDate.now(ZoneId.of("Asia/Shanghai")), String.join(", ", findings)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var concluded = client.post(path + "/conclusion", districtToken, """
                {"version": %d, "confirmed": true, "conclusion": "现场核查培训场地、培训台账及花名册，与申报材料一致，查验属实。"}
                """.formatted(saved.json().get("version").asInt()));
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
