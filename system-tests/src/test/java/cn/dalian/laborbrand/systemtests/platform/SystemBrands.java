package cn.dalian.laborbrand.systemtests.platform;

import static cn.dalian.laborbrand.systemtests.platform.Eventually.eventually;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 大连金港人力资源服务有限公司 (甘井子区, {@code applicant-a}) walks an application through the platform: drafted with its
 * roster and materials, submitted, pre-checked, inspected, selected, under notice, forwarded, re-reviewed, certified.
 */
final class SystemBrands {

    /** What the unit applies with: a district-level brand, or one recommended for the city too (then {@code cityBrandName}). */
    record Walk(String brandName, String cityBrandName, String description, int firstRosterRow) {

        static Walk district(String brandName, String description, int firstRosterRow) {
            return new Walk(brandName, null, description, firstRosterRow);
        }

        static Walk city(String brandName, String cityBrandName, String description, int firstRosterRow) {
            return new Walk(brandName, cityBrandName, description, firstRosterRow);
        }

        boolean city() {
            return cityBrandName != null;
        }
    }

    record SubmittedCase(String applicationId, String caseId) {
    }

    private SystemBrands() {
    }

    /**
     * Applies with figures (and a roster listing them) that meet the level asked for in both years, hands in the materials
     * and submits; answers once the district's case carries the pre-check.
     */
    static SubmittedCase submittedInGanjingzi(PlatformClient client, Walk walk) {
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");
        var draft = client.post("/api/applications", applicant, """
                {"brandName": "%s", %s "description": "%s",
                 "requestedLevels": %s,
                 "declaredYears": [
                   {"year": 2021, "trainedCount": %d, "trainingPassRatePercent": 90.0, "employedCount": %d,
                    "speciallyTrainedSharePercent": 62.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
                   {"year": 2022, "trainedCount": %d, "trainingPassRatePercent": 91.0, "employedCount": %d,
                    "speciallyTrainedSharePercent": 65.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
                 "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                    "collectiveContractInForce": true, "labourRelationsCoordinators": 2,
                                    "massLabourDisputeOccurred": false}}
                """.formatted(walk.brandName(), walk.city() ? "\"cityBrandName\": \"" + walk.cityBrandName() + "\"," : "",
                walk.description(), walk.city() ? "[\"DISTRICT\", \"CITY\"]" : "[\"DISTRICT\"]", trained(walk, 2021), employed(walk, 2021),
                trained(walk, 2022), employed(walk, 2022)));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String applicationId = draft.json().get("id").asString();
        SystemMaterials.handIn(client, applicant, applicationId, new SystemRosters("210211", walk.firstRosterRow())
                .year(2021, trained(walk, 2021), 90.0, employed(walk, 2021), 62.0)
                .year(2022, trained(walk, 2022), 91.0, employed(walk, 2022), 65.0).csv());
        var submitted = client.post("/api/applications/" + applicationId + "/submit", applicant, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String caseId = eventually(() -> client.all("/api/reviews/cases", district), queue -> find(queue, "applicationId", applicationId))
                .get("id").asString();
        eventually(() -> client.get("/api/reviews/cases/" + caseId, district), detail -> detail.get("precheck").isNull() ? null : detail);
        return new SubmittedCase(applicationId, caseId);
    }

    /** The whole walk to the leading group's certification at the level asked for; answers the brand id once the registry holds it. */
    static String certifiedInGanjingzi(PlatformClient client, Walk walk) {
        String district = client.tokenOf("reviewer-ganjingzi");
        String caseId = submittedInGanjingzi(client, walk).caseId();
        SystemInspection.concludeAsConfirmed(client, district, caseId);
        var decided = client.post("/api/reviews/cases/" + caseId + "/district-decision", district, """
                {"districtLevelSelected": true, "cityRecommended": %s, "comment": "材料齐全，实地查验属实，予以认定。"}
                """.formatted(walk.city()));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity", district, "{}").status()).isEqualTo(200);
        String operator = client.tokenOf("operator");
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity/elapse", operator, "").status()).isEqualTo(200);
        assertThat(client.post("/api/reviews/publicity/closing", operator, "").status()).isEqualTo(200);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/city-review", client.tokenOf("city-reviewer"), """
                {"approved": true, "comment": "复审通过。"}
                """).status()).isEqualTo(200);
        var approval = client.post("/api/reviews/cases/" + caseId + "/approval", client.tokenOf("leading-group"), """
                {"approved": true, "level": "%s", "comment": "核准认定。"}
                """.formatted(walk.city() ? "CITY" : "DISTRICT"));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        String brandId = approval.json().get("brandId").asString();
        eventually(() -> client.all("/api/brands", district), brands -> find(brands, "id", brandId));
        return brandId;
    }

    /** A city-level brand trains and places more (DOMAIN.md's thresholds): 1,120 / 1,050 and 1,290 / 1,190. */
    private static int trained(Walk walk, int year) {
        return walk.city() ? (year == 2021 ? 1120 : 1290) : (year == 2021 ? 620 : 680);
    }

    private static int employed(Walk walk, int year) {
        return walk.city() ? (year == 2021 ? 1050 : 1190) : (year == 2021 ? 560 : 600);
    }
}
