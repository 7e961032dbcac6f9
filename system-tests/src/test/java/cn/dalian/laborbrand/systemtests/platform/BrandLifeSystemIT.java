package cn.dalian.laborbrand.systemtests.platform;

import static cn.dalian.laborbrand.systemtests.platform.Eventually.all;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.eventually;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * A brand's life after its certificate (动态管理), across the services, through the gateway with Keycloak's tokens: a
 * city-level brand of 大连金港人力资源服务有限公司 is certified by the province too and entitled to both subsidies, is ordered
 * to rectify, fails, and exits by the leading group's decision; every step is visible where the public and the province
 * look: the verification page its QR code leads to, the public list, and the registry feed the provincial system pulls
 * with its client-credentials token.
 */
@ExtendWith(RunningPlatform.class)
class BrandLifeSystemIT {

    private static final String BRAND = "大连甘井子金港养老护理员劳务品牌";
    private static final String CITY_BRAND = "大连金港养老护理员劳务品牌";

    @Test
    void aCityBrandIsCertifiedByTheProvinceEntitledTwiceOrderedToRectifyAndExitsVisiblyToThePublicAndTheProvince(PlatformClient client) {
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");
        String leadingGroup = client.tokenOf("leading-group");
        String finance = client.tokenOf("finance-clerk");
        ProvincialFeed province = new ProvincialFeed(client);

        // given a brand certified at city level through the whole walk
        String brandId = SystemBrands.certifiedInGanjingzi(client, SystemBrands.Walk.city(BRAND, CITY_BRAND,
                "金港养老护理员品牌面向甘井子区城乡劳动者开展养老护理员职业技能培训，定向输送大连及周边养老机构。", 60_000));
        JsonNode brand = client.get("/api/brands/" + brandId, district).json();
        String number = brand.get("certificateNumber").asString();
        assertThat(number).matches("DL-LB-2026-CITY-\\d{4,}");
        assertThat(verification(client, number).get("statusLabel").asString()).isEqualTo("有效");
        assertThat(ProvincialFeed.find(eventuallyPulled(province, "BrandRegistered.v1", brandId), "BrandRegistered.v1", brandId)).isPresent();

        // when the leading group office records the province's certification with its decision document
        var document = client.upload("/api/brands/" + brandId + "/provincial-certification/document?name="
                + java.net.URLEncoder.encode("省级劳务品牌认定文件.pdf", java.nio.charset.StandardCharsets.UTF_8), leadingGroup,
                SystemMaterials.pdf("辽宁省省级劳务品牌认定文件"));
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        var provincial = client.post("/api/brands/" + brandId + "/provincial-certification", leadingGroup, """
                {"decisionReference": "辽人社〔2026〕15号", "decidedOn": "%s", "documentFileId": "%s"}
                """.formatted(today(), document.json().get("id").asString()));
        assertThat(provincial.status()).as(provincial.toString()).isEqualTo(201);
        // recorded once
        assertThat(client.post("/api/brands/" + brandId + "/provincial-certification", leadingGroup, """
                {"decisionReference": "辽人社〔2026〕15号", "decidedOn": "%s", "documentFileId": "%s"}
                """.formatted(today(), document.json().get("id").asString())).status()).isEqualTo(409);

        // then finance has two entitlements for the brand: the city's ¥50,000 and the province's ¥100,000
        JsonNode entitlements = eventually(() -> client.all("/api/subsidies/entitlements", finance),
                list -> all(list, "brandId", brandId).size() == 2 ? list : null);
        List<JsonNode> mine = all(entitlements, "brandId", brandId);
        assertThat(mine).extracting(entitlement -> entitlement.get("level").asString() + " " + entitlement.get("amountText").asString())
                .containsExactlyInAnyOrder("CITY ¥50,000.00", "PROVINCIAL ¥100,000.00");

        // when the district bureau orders it to rectify within 10 working days
        var ordered = client.post("/api/brands/" + brandId + "/rectifications", district, """
                {"reasons": ["POOR_TRAINING_QUALITY", "TOO_FEW_WORKERS"],
                 "explanation": "本季度电话回访就业确认率偏低，培训合格率明显下降，请限期整改并提交培训台账。", "workingDays": 10}
                """);
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
        String rectificationId = ordered.json().get("id").asString();
        // then the public reads it as under rectification, and it stays in the public list
        assertThat(verification(client, number).get("statusLabel").asString()).isEqualTo("整改中");
        assertThat(find(client.all("/api/public/brands", null).json(), "certificateNumber", number)).isNotNull();

        // when the unit answers with its evidence and the district finds the rectification failed
        var evidence = client.upload("/api/brands/" + brandId + "/rectifications/" + rectificationId + "/evidence?name="
                + java.net.URLEncoder.encode("整改报告.pdf", java.nio.charset.StandardCharsets.UTF_8), applicant, SystemMaterials.pdf("整改报告"));
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        var answered = client.post("/api/brands/" + brandId + "/rectifications/" + rectificationId + "/answer", applicant, """
                {"text": "已更换两名实训教师并补充培训台账。", "evidenceFileIds": ["%s"]}
                """.formatted(evidence.json().get("id").asString()));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        var failed = client.post("/api/brands/" + brandId + "/rectifications/" + rectificationId + "/decision", district, """
                {"outcome": "REJECT", "note": "整改材料未能说明培训质量已改善，回访就业确认率仍低于四成。"}
                """);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        // then an exit is proposed to the leading group office; the public still reads rectification
        assertThat(find(client.all("/api/brands/exit-proposals", leadingGroup).json(), "brandId", brandId)).isNotNull();
        assertThat(verification(client, number).get("statusLabel").asString()).isEqualTo("整改中");
        // an exit without its decision is refused
        assertThat(client.post("/api/brands/" + brandId + "/exit", leadingGroup, "{}").status()).isEqualTo(422);

        // when the leading group decides the exit
        var exited = client.post("/api/brands/" + brandId + "/exit", leadingGroup, """
                {"decisionReference": "大就组发〔2026〕5号", "decidedOn": "%s"}
                """.formatted(today()));
        assertThat(exited.status()).as(exited.toString()).isEqualTo(200);

        // then the certificate reads 已退出, the public list drops it
        assertThat(verification(client, number).get("statusLabel").asString()).isEqualTo("已退出");
        assertThat(find(client.all("/api/public/brands", null).json(), "certificateNumber", number)).isNull();
        // and the province, pulling from where it stopped, reads each step in order, nothing twice
        List<JsonNode> steps = eventuallyPulled(province, "BrandExited.v1", brandId).stream()
                .filter(event -> brandId.equals(event.get("subject").asString())).toList();
        assertThat(steps).extracting(event -> event.get("type").asString().replace("cn.dalian.laborbrand.registry.", ""))
                .containsSubsequence("ProvincialCertificationRecorded.v1", "RectificationOrdered.v1", "RectificationClosed.v1", "BrandExited.v1")
                .doesNotContain("BrandRegistered.v1", "BrandExitProposed.v1", "RectificationAnswered.v1");
        JsonNode recorded = ProvincialFeed.find(steps, "ProvincialCertificationRecorded.v1", brandId).orElseThrow().get("data");
        assertThat(recorded.get("level").asString()).isEqualTo("PROVINCIAL");
        assertThat(recorded.get("decisionReference").asString()).isEqualTo("辽人社〔2026〕15号");
        assertThat(ProvincialFeed.find(steps, "RectificationClosed.v1", brandId).orElseThrow().get("data").get("outcome").asString())
                .isEqualTo("FAILED");
        assertThat(ProvincialFeed.find(steps, "BrandExited.v1", brandId).orElseThrow().get("data").get("decisionReference").asString())
                .isEqualTo("大就组发〔2026〕5号");
    }

    /** What anyone scanning the certificate's QR code reads. */
    private static JsonNode verification(PlatformClient client, String number) {
        var answer = client.get("/api/public/brands/verify/" + number, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** Pulls the feed (from where the province stopped) until the event of the type about the brand has come. */
    private static List<JsonNode> eventuallyPulled(ProvincialFeed province, String type, String brandId) {
        List<JsonNode> pulled = new java.util.ArrayList<>();
        org.awaitility.Awaitility.await().atMost(Eventually.EVENTUALLY).pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
            pulled.addAll(province.pull());
            return ProvincialFeed.find(pulled, type, brandId).isPresent();
        });
        return pulled;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
