package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Supervision across the services, through the gateway with Keycloak's tokens: a 甘井子区 brand certified through the
 * real walk, then its district bureau records a training inspection and draws the quarter's phone call-backs from the
 * roster application-service holds (the registry reading it with the reviewer's own token), reveals one number with a
 * reason (application-service discloses and records it; the registry records the reveal), records outcomes and reads the
 * summary.
 */
@ExtendWith(RunningPlatform.class)
class SupervisionSystemIT {

    private static final String BRAND = "大连甘井子金港育婴师劳务品牌";
    /** The roster's first row number: its ID numbers and phones (139 + 8 digits of the row) no other system test uses. */
    private static final int FIRST_ROW = 50_000;
    private static final String[] NAMES = { "王建国", "李秀英", "张伟", "刘芳", "陈静", "杨磊", "赵敏", "黄洋", "周艳", "吴强" };

    @Test
    void theDistrictInspectsAndCallsBackACertifiedBrandsWorkersOneRevealedNumberAtATime(PlatformClient client) {
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");
        String brandId = SystemBrands.certifiedInGanjingzi(client, SystemBrands.Walk.district(BRAND,
                "金港育婴师品牌面向甘井子区城乡劳动者开展育婴员特色培训，定向输送家政企业。", FIRST_ROW));

        // a training-quality inspection, recorded by the district and read by the city
        var inspection = client.post("/api/brands/" + brandId + "/training-inspections", district, """
                {"inspectedOn": "%s", "place": "甘井子区华北路 188 号金港培训基地", "inspectors": ["赵敏", "钱卫东"],
                 "itemsChecked": ["培训计划与课时记录", "师资资质", "结业考核"], "findings": "课时记录完整，实操设备老化。",
                 "rating": "BASICALLY_QUALIFIED", "followUp": "30 日内更新实操设备，下季度复查。"}
                """.formatted(today()));
        assertThat(inspection.status()).as(inspection.toString()).isEqualTo(201);
        JsonNode inspections = client.get("/api/brands/" + brandId + "/training-inspections", client.tokenOf("city-reviewer")).json();
        assertThat(inspections.get(0).get("ratingLabel").asString()).isEqualTo("基本合格");

        // the quarter's sample: min(30, 5 % of the counted workers), masked, drawn once
        String quarter = today().getYear() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1);
        var drawn = client.post("/api/brands/" + brandId + "/callbacks/" + quarter, district, "");
        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
        JsonNode calls = drawn.json().get("calls");
        assertThat(drawn.json().get("seed").asString()).isEqualTo(brandId + "/" + quarter);
        assertThat(calls.size()).isEqualTo(30);
        calls.forEach(call -> assertThat(call.get("maskedPhone").asString()).matches("139\\*{4}\\d{4}"));
        assertThat(years(calls)).contains(2021, 2022);
        var again = client.post("/api/brands/" + brandId + "/callbacks/" + quarter, district, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("calls").toString()).isEqualTo(calls.toString());
        assertThat(client.post("/api/brands/" + brandId + "/callbacks/" + (today().getYear() + 1) + "-Q1", district, "").status())
                .isEqualTo(400);
        // another district's bureau sees nothing of it
        assertThat(client.get("/api/brands/" + brandId + "/callbacks/" + quarter, client.tokenOf("reviewer-jinzhou")).status())
                .isEqualTo(404);

        // one number revealed with a reason: application-service discloses that worker (and records it), nothing else changes
        int line = calls.get(0).get("rosterLine").asInt();
        var revealed = client.post("/api/brands/" + brandId + "/callbacks/" + quarter + "/calls/1/reveal", district, """
                {"reason": "本季度电话回访，核实就业情况"}
                """);
        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        int row = FIRST_ROW + line - 2;
        assertThat(revealed.json().get("phone").asString()).isEqualTo(String.format("139%08d", row));
        assertThat(revealed.json().get("name").asString()).isEqualTo(NAMES[row % NAMES.length]);
        assertThat(revealed.json().has("idNumber")).isFalse();
        assertThat(client.post("/api/brands/" + brandId + "/callbacks/" + quarter + "/calls/1/reveal", district, "{\"reason\": \"\"}").status())
                .isEqualTo(400);

        // outcomes, and the summary per quarter
        assertThat(client.put("/api/brands/" + brandId + "/callbacks/" + quarter + "/calls/1/outcome", district, """
                {"reach": "REACHED", "employment": "CONFIRMED", "complaint": false, "note": "在金港家政从事育婴工作"}
                """).status()).isEqualTo(200);
        assertThat(client.put("/api/brands/" + brandId + "/callbacks/" + quarter + "/calls/2/outcome", district, """
                {"reach": "UNREACHABLE", "note": "两次拨打无人接听"}
                """).status()).isEqualTo(200);
        JsonNode listed = client.get("/api/brands/" + brandId + "/callbacks/" + quarter, district).json();
        assertThat(listed.get("calls").get(0).get("reveals").asInt()).isEqualTo(1);
        assertThat(listed.get("calls").get(0).get("maskedPhone").asString()).contains("****");
        JsonNode summary = client.get("/api/brands/" + brandId + "/callbacks", client.tokenOf("city-reviewer")).json().get(0);
        assertThat(summary.get("quarter").asString()).isEqualTo(quarter);
        assertThat(summary.get("sampled").asInt()).isEqualTo(30);
        assertThat(summary.get("pending").asInt()).isEqualTo(28);
        assertThat(summary.get("reached").asInt()).isEqualTo(1);
        assertThat(summary.get("unreachable").asInt()).isEqualTo(1);
        assertThat(summary.get("reachRate").asDouble()).isEqualTo(0.5);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static List<Integer> years(JsonNode calls) {
        List<Integer> years = new ArrayList<>();
        calls.forEach(call -> years.add(call.get("year").asInt()));
        return years;
    }
}
