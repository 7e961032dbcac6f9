package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.all;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.eventually;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.find;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import cn.dalian.laborbrand.launcher.LocalPlatform;

/**
 * One application from submission to subsidy, through the gateway with Keycloak's tokens, each step
 * carried from service to service by Kafka events: 大连金港人力资源服务有限公司 (甘井子区) applies for a
 * city-level brand and ends with its certificate, its subsidy entitlement and its inbox telling the story.
 */
@ExtendWith(RunningPlatform.class)
class ApplicationJourneySystemIT {

    private static final String BRAND = "大连甘井子金港家政服务师劳务品牌";
    /** The name the unit proposes for the city level (命名规则: 大连 + 企业名号 + 行业 + 工种 + 劳务品牌). */
    private static final String CITY_BRAND = "大连金港家政服务师劳务品牌";
    /** What every message about the brand mentions, at either level. */
    private static final String BRAND_MENTION = "金港家政服务师劳务品牌";
    /** The contacts of the demo unit's profile (application-service's DemoProfiles), where its e-mail and SMS go. */
    private static final String DEMO_UNIT_EMAIL = "jingang-hr@example.cn";
    private static final String DEMO_UNIT_MOBILE = "13904111234";

    @Test
    void anApplicationGoesFromSubmissionToCertificateAndSubsidy(PlatformClient client, LocalPlatform platform) {
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");

        // 1. the unit drafts Attachment 1 for both levels and submits it
        var draft = client.post("/api/applications", applicant, """
                {"brandName": "%s", "cityBrandName": "%s",
                 "description": "金港家政服务师品牌创建于2015年，面向甘井子区及周边城乡劳动者开展母婴护理、养老护理等特色培训。",
                 "requestedLevels": ["DISTRICT", "CITY"],
                 "declaredYears": [
                   {"year": 2021, "trainedCount": 1120, "trainingPassRatePercent": 86.5, "employedCount": 1050,
                    "speciallyTrainedSharePercent": 62.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
                   {"year": 2022, "trainedCount": 1280, "trainingPassRatePercent": 88.2, "employedCount": 1190,
                    "speciallyTrainedSharePercent": 65.4, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
                 "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                    "collectiveContractInForce": true, "labourRelationsCoordinators": 2,
                                    "massLabourDisputeOccurred": false}}
                """.formatted(BRAND, CITY_BRAND));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String applicationId = draft.json().get("id").asString();
        // with its worker roster (of 2022 it lists 1,261 trained workers, not the 1,280 declared) and its materials
        JsonNode imported = SystemMaterials.handIn(client, applicant, applicationId, new SystemRosters("210211", 0)
                .year(2021, 1120, 86.5, 1050, 62.0).year(2022, 1261, 88.2, 1190, 65.4).csv());
        assertThat(imported.at("/imported/rowsRefused").asInt()).isZero();
        // the check before submission: nothing to put right, and eligibility-service's preview says both levels are met
        JsonNode check = client.get("/api/applications/" + applicationId + "/checks", applicant).json();
        assertThat(check.get("ready").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("eligibilityPreview").get("available").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("eligibilityPreview").get("levelsMet").toString()).contains("DISTRICT").contains("CITY");
        Instant submittedAt = Instant.now();
        var submitted = client.post("/api/applications/" + applicationId + "/submit", applicant, "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        // 2. eligibility assesses it: both levels met
        JsonNode assessment = eventually(() -> client.get("/api/eligibility/assessments/" + applicationId, district));
        System.out.println("[journey] submit → EligibilityAssessed readable after " + Duration.between(submittedAt, Instant.now()).toMillis() + " ms");
        assertThat(assessment.get("levelsMet").toString()).contains("DISTRICT").contains("CITY");
        // on the roster's counts: the declared 1,280 trained of 2022 is not supported by the 1,261 the roster lists
        assertThat(assessment.get("basis").asString()).isEqualTo("ROSTER");
        JsonNode trained2022 = criterion(assessment, "CITY", "TRAINED_COUNT", 2022);
        assertThat(trained2022.get("supported").asBoolean()).as(trained2022.toString()).isFalse();
        assertThat(trained2022.get("declared").asString()).isEqualTo("1280 人");
        assertThat(trained2022.get("counted").asString()).isEqualTo("1261 人");
        assertThat(criterion(assessment, "CITY", "TRAINED_COUNT", 2021).get("supported").asBoolean()).isTrue();
        assertThat(assessment.get("riskFlags").toString()).contains("DECLARATION_NOT_SUPPORTED");

        // 3. the case is in the queue of 甘井子区 only, with the pre-check attached
        String caseId = eventually(() -> client.all("/api/reviews/cases", district), queue -> find(queue, "applicationId", applicationId))
                .get("id").asString();
        assertThat(find(client.all("/api/reviews/cases", client.tokenOf("reviewer-jinzhou")).json(), "applicationId", applicationId)).isNull();
        eventually(() -> client.get("/api/reviews/cases/" + caseId, district), detail -> detail.get("precheck").isNull() ? null : detail);

        // the district inspects on site, selects it, recommends it for the city, and publishes the notice as soon as it can
        // (today, or the next working day); a notice dated back is refused
        SystemInspection.concludeAsConfirmed(client, district, caseId);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/district-decision", district, """
                {"districtLevelSelected": true, "cityRecommended": true, "comment": "材料齐全，实地查验属实，推荐申报市级。"}
                """).status()).isEqualTo(200);
        // the unit hears of the decision in its inbox, by e-mail to its profile's contact address (on the local SMTP server) and
        // by SMS to its contact's mobile (on the SMS gateway's simulator); the district's reviewers heard of the new case by
        // e-mail, their addresses read from Keycloak's directory
        eventually(() -> client.all("/api/notifications", applicant),
                inbox -> titles(inbox, BRAND_MENTION).contains("区级初审结果") ? inbox : null);
        String decision = mailTo(client, platform, DEMO_UNIT_EMAIL, "【大连市劳务品牌】区级初审结果", "您单位的「" + BRAND + "」已通过区级初审");
        assertThat(decision).contains("并被推荐申报市级劳务品牌").contains("登录平台查看：http://127.0.0.1:");
        eventually(() -> client.getOutside(platform.url("sms-simulator").resolve("/simulator/messages?phone=" + DEMO_UNIT_MOBILE)),
                messages -> all(messages, "signName", "大连人社").stream()
                        .filter(sms -> sms.get("content").asString().equals("您单位「" + BRAND + "」已通过区级初审并被推荐申报市级，详见劳务品牌平台"))
                        .findFirst().orElse(null));
        assertThat(mailTo(client, platform, "reviewer-ganjingzi@laborbrand.example.com", "【大连市劳务品牌】新的待审申报", BRAND))
                .contains("大连金港人力资源服务有限公司");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var backdated = client.post("/api/reviews/cases/" + caseId + "/publicity", district, """
                {"startsOn": "%s"}
                """.formatted(today.minusDays(25)));
        assertThat(backdated.status()).as(backdated.toString()).isEqualTo(422);
        assertThat(backdated.json().get("code").asString()).isEqualTo("NOTICE_IN_PAST");
        var notice = client.post("/api/reviews/cases/" + caseId + "/publicity", district, "{}");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.json().get("title").asString()).isEqualTo("大连市甘井子区2026年度劳务品牌拟认定名单公示");
        assertThat(notice.json().get("startsOn").asString()).isGreaterThanOrEqualTo(today.toString());

        // the notice's working days pass (the demonstration data lets an operator say so), and the closing check (run now
        // by an operator) forwards the case to the city
        String operator = client.tokenOf("operator");
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity/elapse", operator, "").status()).isEqualTo(200);
        assertThat(client.post("/api/reviews/publicity/closing", operator, "").status()).isEqualTo(200);
        assertThat(client.get("/api/reviews/cases/" + caseId, client.tokenOf("city-reviewer")).json().get("stage").asString())
                .isEqualTo("CITY_REVIEW");

        // 4. the city re-reviews, the leading group office certifies it at city level
        assertThat(client.post("/api/reviews/cases/" + caseId + "/city-review", client.tokenOf("city-reviewer"), """
                {"approved": true, "comment": "复审通过。"}
                """).status()).isEqualTo(200);
        var approval = client.post("/api/reviews/cases/" + caseId + "/approval", client.tokenOf("leading-group"), """
                {"approved": true, "level": "CITY", "comment": "核准为市级劳务品牌。"}
                """);
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        String brandId = approval.json().get("brandId").asString();

        // 5. the registry lists it publicly under its city-level name, with its certificate number (the demo campaign's)
        JsonNode listed = eventually(() -> client.all("/api/public/brands", null), brands -> find(brands, "brandName", CITY_BRAND));
        assertThat(listed.get("certificateNumber").asString()).matches("DL-LB-2026-CITY-\\d{4,}");
        assertThat(listed.get("levelLabel").asString()).isEqualTo("市级");

        // 6. finance sees exactly one entitlement of 5,000,000 fen for the brand
        JsonNode entitlement = eventually(() -> client.all("/api/subsidies/entitlements", client.tokenOf("finance-clerk")),
                list -> find(list, "brandId", brandId));
        assertThat(entitlement.get("amountFen").asLong()).isEqualTo(5_000_000L);
        assertThat(entitlement.get("amountText").asString()).isEqualTo("¥50,000.00");
        JsonNode entitlements = client.all("/api/subsidies/entitlements", client.tokenOf("finance-clerk")).json();
        assertThat(all(entitlements, "brandId", brandId)).hasSize(1);

        // 6a. the provincial system, with a client-credentials token holding its role and nothing else, pulls the feed through the
        // gateway and finds the brand's registration as a CloudEvent; it reads nothing else of the registry
        ProvincialFeed province = new ProvincialFeed(client);
        assertThat(province.roles()).containsExactly("PROVINCIAL_SYSTEM");
        JsonNode registered = ProvincialFeed.find(province.pull(), "BrandRegistered.v1", brandId).orElseThrow();
        assertThat(registered.get("specversion").asString()).isEqualTo("1.0");
        assertThat(registered.get("data").get("certificateNumber").asString()).isEqualTo(listed.get("certificateNumber").asString());
        assertThat(registered.get("data").get("level").asString()).isEqualTo("CITY");
        var outside = client.get("/api/brands", client.tokenOf(PlatformClient.PROVINCIAL_SYSTEM));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("code").asString()).isEqualTo("OUTSIDE_THE_FEED");
        assertThat(client.get("/api/registry/events", client.tokenOf("city-reviewer")).status()).isEqualTo(403);

        // and in every service the final state holds
        // the district decided: the unit can no longer withdraw it
        assertThat(client.get("/api/applications/" + applicationId, applicant).json().get("status").asString()).isEqualTo("DECIDED");
        JsonNode certified = client.get("/api/reviews/cases/" + caseId, client.tokenOf("leading-group")).json();
        assertThat(certified.get("stage").asString()).isEqualTo("CERTIFIED");
        assertThat(certified.get("certifiedLevel").asString()).isEqualTo("CITY");
        List<String> history = new ArrayList<>();
        client.get("/api/reviews/cases/" + caseId + "/history", client.tokenOf("leading-group")).json()
                .forEach(step -> history.add(step.get("action").asString() + " by " + step.get("actor").asString()));
        assertThat(history).containsExactly("OPENED by applicant-a", "DISTRICT_SELECTED by reviewer-ganjingzi",
                "PUBLICITY_STARTED by reviewer-ganjingzi", "PUBLICITY_ENDED by system", "CITY_APPROVED by city-reviewer",
                "CERTIFIED by leading-group");

        // 7. the unit's inbox tells the story, step by step
        List<String> expected = List.of("申报书已提交", "区级初审结果", "公示开始", "公示期满", "劳务品牌认定通过", "证书已颁发", "一次性奖补");
        eventually(() -> client.all("/api/notifications", applicant),
                inbox -> titles(inbox, BRAND_MENTION).containsAll(expected) ? inbox : null);
        assertThat(titles(client.all("/api/notifications", district).json(), "大连金港人力资源服务有限公司")).contains("新的待审申报");
        assertThat(titles(client.all("/api/notifications", client.tokenOf("finance-clerk")).json(), BRAND_MENTION)).contains("新的奖补待经办");
    }

    @Test
    void anOpenNoticeIsReadByAnyoneAndOnlyInItsOwnDistrictsQueue(PlatformClient client) {
        // given 大连海湾职业培训学校 (金州区) submits, and its district bureau selects it and publishes the notice today
        String applicant = client.tokenOf("applicant-b");
        String jinzhou = client.tokenOf("reviewer-jinzhou");
        String brand = "大连金州海湾焊工劳务品牌";
        var draft = client.post("/api/applications", applicant, """
                {"brandName": "%s", "description": "海湾焊工品牌依托学校焊接实训基地，为金州区装备制造企业定向培养焊工。",
                 "requestedLevels": ["DISTRICT"],
                 "declaredYears": [
                   {"year": 2021, "trainedCount": 640, "trainingPassRatePercent": 91.0, "employedCount": 560,
                    "speciallyTrainedSharePercent": 55.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
                   {"year": 2022, "trainedCount": 710, "trainingPassRatePercent": 92.5, "employedCount": 605,
                    "speciallyTrainedSharePercent": 58.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
                 "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                    "collectiveContractInForce": true, "labourRelationsCoordinators": 1,
                                    "massLabourDisputeOccurred": false}}
                """.formatted(brand));
        String applicationId = draft.json().get("id").asString();
        SystemMaterials.handIn(client, applicant, applicationId, new SystemRosters("210213", 0)
                .year(2021, 640, 91.0, 560, 55.0).year(2022, 710, 92.5, 605, 58.0).csv());
        assertThat(client.post("/api/applications/" + applicationId + "/submit", applicant, "").status()).isEqualTo(200);
        String caseId = eventually(() -> client.all("/api/reviews/cases", jinzhou), queue -> find(queue, "applicationId", applicationId))
                .get("id").asString();
        SystemInspection.concludeAsConfirmed(client, jinzhou, caseId);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/district-decision", jinzhou, """
                {"districtLevelSelected": true, "cityRecommended": false}
                """).status()).isEqualTo(200);

        // the bureau of 甘井子区 cannot act on it
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity", client.tokenOf("reviewer-ganjingzi"), "{}").status())
                .isEqualTo(404);
        var published = client.post("/api/reviews/cases/" + caseId + "/publicity", jinzhou, "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        // then the public notice lists it, for anyone, under 金州区's title, from its first day (today, or on a day off the
        // next working day)
        String noticeId = published.json().get("id").asString();
        JsonNode notice = find(client.all("/api/public/notices", null).json(), "id", noticeId);
        if (LocalDate.parse(published.json().get("startsOn").asString()).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
            assertThat(notice).as("a notice not started yet is not shown").isNull();
            return;
        }
        assertThat(notice).isNotNull();
        assertThat(notice.get("title").asString()).isEqualTo("大连市金州区2026年度劳务品牌拟认定名单公示");
        assertThat(notice.get("entries").get(0).get("brandName").asString()).isEqualTo(brand);
        assertThat(notice.get("entries").get(0).get("unitName").asString()).isEqualTo("大连海湾职业培训学校");
    }

    @Test
    void aDistrictsCityPackageCarriesEachUnitsMaterialsAsHandedIn(PlatformClient client) throws IOException {
        // given 大连金港人力资源服务有限公司 (甘井子区) hands in its materials, submits, and its district selects it and
        // publishes the notice today
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");
        String brand = "大连甘井子金港月嫂劳务品牌";
        SystemBrands.SubmittedCase submitted = SystemBrands.submittedInGanjingzi(client, SystemBrands.Walk.district(brand,
                "金港月嫂品牌面向甘井子区农村转移劳动力开展母婴护理培训并组织就业。", 0));
        String applicationId = submitted.applicationId();
        String caseId = submitted.caseId();
        SystemInspection.concludeAsConfirmed(client, district, caseId);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/district-decision", district, """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "材料齐全，实地查验属实。"}
                """).status()).isEqualTo(200);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity", district, "{}").status()).isEqualTo(200);
        String campaign = client.get("/api/public/campaigns/current", null).json().get("code").asString();

        // when the district bureau downloads its package for the city through the gateway
        PlatformClient.Download zip = client.download("/api/reviews/exports/city-package?campaign=" + campaign, district);

        // then it is a ZIP under its Chinese name, and the brand's folder holds Attachment 1, the district's opinion and every
        // file the unit handed in, byte for byte as application-service keeps it, with nothing listed as missing
        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).startsWith("application/zip");
        assertThat(zip.header("Content-Disposition")).contains("filename*=UTF-8''");
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).containsKeys(brand + "/附件1 劳务品牌申报表.pdf", brand + "/区级审核意见.pdf")
                .doesNotContainKey(brand + "/缺失材料清单.txt");
        JsonNode checklist = client.get("/api/applications/" + applicationId + "/materials", district).json();
        int files = 0;
        for (JsonNode material : checklist.get("materials")) {
            for (JsonNode file : material.get("files")) {
                files++;
                String label = file.get("label").asString();
                var stored = client.download("/api/applications/" + applicationId + "/materials/files/" + file.get("id").asString(), district);
                assertThat(entries).as("the package's copy of %s", label).hasEntrySatisfying(
                        entries.keySet().stream().filter(name -> name.startsWith(brand + "/申报材料/") && name.contains(label)).findFirst()
                                .orElseThrow(() -> new AssertionError(label + " is not in the package: " + entries.keySet())),
                        copy -> assertThat(copy).isEqualTo(stored.body()));
            }
        }
        assertThat(files).isPositive();

        // and the notice list, through the gateway too, lists the brand under notice
        PlatformClient.Download notices = client.download("/api/reviews/exports/notice-list.xlsx?campaign=" + campaign, district);
        assertThat(notices.status()).as(notices.toString()).isEqualTo(200);
        assertThat(notices.body().length).isPositive();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void anObjectionDuringTheNoticeHoldsTheCaseUntilTheDistrictDismissesItThenTheCaseGoesOnToCertification(PlatformClient client) {
        // given 大连金港人力资源服务有限公司 (甘井子区) applies for the district level, is inspected, selected and put under notice
        String applicant = client.tokenOf("applicant-a");
        String district = client.tokenOf("reviewer-ganjingzi");
        String operator = client.tokenOf("operator");
        String caseId = SystemBrands.submittedInGanjingzi(client, SystemBrands.Walk.district("大连甘井子金港育婴员劳务品牌",
                "金港育婴员品牌面向甘井子区城乡劳动者开展育婴员职业技能培训并组织就业。", 0)).caseId();
        SystemInspection.concludeAsConfirmed(client, district, caseId);
        assertThat(client.post("/api/reviews/cases/" + caseId + "/district-decision", district, """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "材料齐全，实地查验属实，入选区级劳务品牌。"}
                """).status()).isEqualTo(200);
        var published = client.post("/api/reviews/cases/" + caseId + "/publicity", district, "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        if (LocalDate.parse(published.json().get("startsOn").asString()).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
            // on a day off the notice opens on the next working day: nobody can object before it does
            return;
        }
        String noticeId = published.json().get("id").asString();
        String entryId = published.json().get("entries").get(0).get("id").asString();

        // when a member of the public, reading the public notice without signing in, objects with name and contact
        JsonNode challenge = client.get("/api/public/objections/challenge", null).json();
        var lodged = client.post("/api/public/notices/" + noticeId + "/objections", null, """
                {"entryId": "%s", "name": "张伟", "contact": "13904112345",
                 "content": "该单位2022年曾拖欠育婴员培训学员实习补贴三个月，请核实后再认定。",
                 "challengeToken": "%s", "challengeAnswer": "%d"}
                """.formatted(entryId, challenge.get("token").asString(), answer(challenge.get("question").asString())));
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String receipt = lodged.json().get("receiptNumber").asString();
        String queryCode = lodged.json().get("queryCode").asString();

        // then the notice's end does not forward the case while the objection stands
        assertThat(client.post("/api/reviews/cases/" + caseId + "/publicity/elapse", operator, "").status()).isEqualTo(200);
        assertThat(client.post("/api/reviews/publicity/closing", operator, "").status()).isEqualTo(200);
        assertThat(client.get("/api/reviews/cases/" + caseId, district).json().get("stage").asString()).isEqualTo("PUBLICITY");
        JsonNode objection = find(client.all("/api/reviews/objections", district).json(), "receiptNumber", receipt);
        assertThat(objection).as("the objection in the district's list").isNotNull();
        String objectionId = objection.get("id").asString();
        // the district reads the person masked, never in full
        JsonNode detail = client.get("/api/reviews/objections/" + objectionId, district).json();
        assertThat(detail.toString()).doesNotContain("13904112345").doesNotContain("张伟");

        // when the district investigates and dismisses it: a colleague of 赵敏, who decided the case, never she herself
        String colleague = client.tokenOf("reviewer-ganjingzi-2");
        assertThat(client.post("/api/reviews/objections/" + objectionId + "/resolution", district, """
                {"outcome": "DISMISSED", "finding": "经调取实习补贴发放台账及银行流水核实，补贴均已按月足额发放，异议不成立。"}
                """).status()).isEqualTo(409);
        assertThat(client.post("/api/reviews/objections/" + objectionId + "/investigation", colleague, """
                {"note": "调取了2022年实习补贴发放台账和银行流水，补贴已按月足额发放。"}
                """).status()).isEqualTo(200);
        var dismissed = client.post("/api/reviews/objections/" + objectionId + "/resolution", colleague, """
                {"outcome": "DISMISSED", "finding": "经调取实习补贴发放台账及银行流水核实，补贴均已按月足额发放，异议不成立。"}
                """);
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);

        // then the person who objected reads the outcome with the receipt, and the next closing forwards the case
        JsonNode status = client.get("/api/public/objections/" + receipt + "?code=" + queryCode, null).json();
        assertThat(status.get("outcome").asString()).isEqualTo("DISMISSED");
        assertThat(status.get("finding").asString()).contains("异议不成立");
        assertThat(client.post("/api/reviews/publicity/closing", operator, "").status()).isEqualTo(200);
        assertThat(client.get("/api/reviews/cases/" + caseId, client.tokenOf("city-reviewer")).json().get("stage").asString())
                .isEqualTo("CITY_REVIEW");

        // and it goes on to certification at district level
        assertThat(client.post("/api/reviews/cases/" + caseId + "/city-review", client.tokenOf("city-reviewer"), """
                {"approved": true, "comment": "复审通过。"}
                """).status()).isEqualTo(200);
        var approval = client.post("/api/reviews/cases/" + caseId + "/approval", client.tokenOf("leading-group"), """
                {"approved": true, "level": "DISTRICT", "comment": "核准为区级劳务品牌。"}
                """);
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.json().get("stage").asString()).isEqualTo("CERTIFIED");
        // the unit heard of the objection's outcome
        eventually(() -> client.all("/api/notifications", applicant),
                inbox -> inbox.toString().contains("异议不成立") ? inbox : null);
    }

    /** The answer to the challenge's sum in words, 「7 加 5 等于几？」 → 12. */
    private static int answer(String question) {
        String[] parts = question.replace("等于几？", "").trim().split(" ");
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[2]);
        return "加".equals(parts[1]) ? first + second : first - second;
    }

    @Test
    void aSupplementRoundTripReopensOnlyWhatTheDistrictAskedForAndReturnsTheCaseToIt(PlatformClient client) {
        // given 大连海湾职业培训学校 (金州区) submits for the district level with a roster whose 2022 training records are
        // incomplete: 78 % passed, as it declares
        String applicant = client.tokenOf("applicant-b");
        String jinzhou = client.tokenOf("reviewer-jinzhou");
        String body = """
                {"brandName": "大连金州海湾电工劳务品牌", "description": "海湾电工品牌依托学校电工实训基地，为金州区企业定向培养电工。",
                 "requestedLevels": ["DISTRICT"],
                 "declaredYears": [
                   {"year": 2021, "trainedCount": 640, "trainingPassRatePercent": 91.0, "employedCount": 560,
                    "speciallyTrainedSharePercent": 55.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
                   {"year": 2022, "trainedCount": 710, "trainingPassRatePercent": 78.0, "employedCount": 605,
                    "speciallyTrainedSharePercent": 58.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
                 "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                    "collectiveContractInForce": true, "labourRelationsCoordinators": 1,
                                    "massLabourDisputeOccurred": false}}
                """;
        var draft = client.post("/api/applications", applicant, body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String applicationId = draft.json().get("id").asString();
        SystemMaterials.handIn(client, applicant, applicationId, new SystemRosters("210213", 5000)
                .year(2021, 640, 91.0, 560, 55.0).year(2022, 710, 78.0, 605, 58.0).csv());
        assertThat(client.post("/api/applications/" + applicationId + "/submit", applicant, "").status()).isEqualTo(200);
        JsonNode firstAssessment = eventually(() -> client.get("/api/eligibility/assessments/" + applicationId, jinzhou));
        assertThat(firstAssessment.get("levelsMet").size()).isZero();
        String caseId = eventually(() -> client.all("/api/reviews/cases", jinzhou), queue -> find(queue, "applicationId", applicationId))
                .get("id").asString();

        // when the 金州 bureau asks for the yearly figures again, within 3 working days
        var asked = client.post("/api/reviews/cases/" + caseId + "/supplement-request", jinzhou, """
                {"parts": ["DECLARED_YEARS"], "note": "2022 年度培训合格率与培训台账不一致，请核实后重新填写。", "dueWorkingDays": 3}
                """);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);

        // then the unit sees its application reopened for the figures only
        JsonNode reopened = eventually(() -> client.get("/api/applications/" + applicationId, applicant),
                application -> "SUPPLEMENT_REQUESTED".equals(application.get("status").asString()) ? application : null);
        assertThat(reopened.get("supplement").get("parts").toString()).isEqualTo("[\"DECLARED_YEARS\"]");
        String version = "\"" + reopened.get("version").asInt() + "\"";
        var renamed = client.put("/api/applications/" + applicationId, applicant, body.replace("海湾电工", "海湾钳工"), Map.of("If-Match", version));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(409);
        assertThat(renamed.json().get("code").asString()).isEqualTo("PART_NOT_REOPENED");
        var corrected = client.put("/api/applications/" + applicationId, applicant,
                body.replace("\"trainingPassRatePercent\": 78.0", "\"trainingPassRatePercent\": 84.1"), Map.of("If-Match", version));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        // with the roster completed from the training records (a supplement reopens the materials too)
        var reimported = client.upload("/api/applications/" + applicationId + "/roster?name=roster-corrected.csv", applicant,
                new SystemRosters("210213", 5000).year(2021, 640, 91.0, 560, 55.0).year(2022, 710, 84.1, 605, 58.0).csv());
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);
        var resubmitted = client.post("/api/applications/" + applicationId + "/resubmit", applicant, "");
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);

        // and eligibility re-assesses (the district level is met now), and the case is back with the 金州 bureau
        eventually(() -> client.get("/api/eligibility/assessments/" + applicationId, jinzhou),
                assessment -> assessment.get("levelsMet").toString().contains("DISTRICT") ? assessment : null);
        eventually(() -> client.get("/api/reviews/cases/" + caseId, jinzhou),
                detail -> "DISTRICT_REVIEW".equals(detail.get("stage").asString()) ? detail : null);
        List<String> history = new ArrayList<>();
        client.get("/api/reviews/cases/" + caseId + "/history", jinzhou).json()
                .forEach(step -> history.add(step.get("action").asString() + " by " + step.get("actor").asString()));
        assertThat(history).containsExactly("OPENED by applicant-b", "SUPPLEMENT_REQUESTED by reviewer-jinzhou", "RESUBMITTED by applicant-b");
    }

    /** One criterion of one level (and year) of an assessment. */
    private static JsonNode criterion(JsonNode assessment, String level, String criterion, Integer year) {
        for (JsonNode levelResult : assessment.get("levels")) {
            if (levelResult.get("level").asString().equals(level)) {
                for (JsonNode result : levelResult.get("criteria")) {
                    if (result.get("criterion").asString().equals(criterion) && (year == null || result.get("year").asInt() == year)) {
                        return result;
                    }
                }
            }
        }
        throw new AssertionError("no " + criterion + " " + year + " at " + level + " in " + assessment);
    }

    /** The text of the e-mail with this subject mentioning this, once it reached the address on the local SMTP server. */
    private static String mailTo(PlatformClient client, LocalPlatform platform, String address, String subject, String mentioning) {
        return eventually(() -> client.getOutside(platform.mailboxUrl(address)), mailbox -> all(mailbox, "subject", subject).stream()
                .map(mail -> StringNode.valueOf(plainText(mail))).filter(text -> text.asString().contains(mentioning))
                .findFirst().orElse(null)).asString();
    }

    /** The text part of an e-mail as GreenMail keeps it (its raw MIME message: multipart/alternative, base64 parts). */
    private static String plainText(JsonNode mail) {
        String raw = mail.get("mimeMessage").asString();
        for (String part : raw.split("\r\n--")) {
            int body = part.indexOf("\r\n\r\n");
            if (part.contains("Content-Type: text/plain") && body > 0) {
                return new String(Base64.getMimeDecoder().decode(part.substring(body + 4).strip()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text part in " + raw);
    }

    private static List<String> titles(JsonNode inbox, String mentioning) {
        List<String> titles = new ArrayList<>();
        inbox.forEach(message -> {
            if (message.get("body").asString().contains(mentioning)) {
                titles.add(message.get("title").asString());
            }
        });
        return titles;
    }
}
