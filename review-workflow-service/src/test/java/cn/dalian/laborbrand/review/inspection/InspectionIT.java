package cn.dalian.laborbrand.review.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.InspectionOutcome;
import cn.dalian.laborbrand.review.casework.InspectionRecords;
import cn.dalian.laborbrand.review.casework.NoticeWindow;
import cn.dalian.laborbrand.review.precheck.PrecheckService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 甘井子 bureau inspects 大连金港人力资源服务有限公司 on site through the service's API, on real PostgreSQL: the checklist
 * before and after the pre-check, drafts on the version read, the conclusion and the lock, the outcome casework reads,
 * and who may read or write the record.
 */
@PlatformIntegrationTest
class InspectionIT {

    /** Monday 21 November 2022, 9:00 in Dalian: the case opens today. */
    private static final Instant NOV_21 = Instant.parse("2022-11-21T01:00:00Z");
    private static final String CONCLUSION = "经实地查验，营业执照、培训场地及培训记录、花名册抽查情况与申报材料一致，查验属实。";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CaseworkService casework;

    @Autowired
    PrecheckService prechecks;

    @Autowired
    InspectionRecords inspectionRecords;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void mondayTwentyFirstOfNovember() {
        PlatformTestInfrastructure.clock().setTo(NOV_21);
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void theBureauInspectsSavesDraftsWaitsForThePrecheckConcludesAndTheRecordIsLocked() {
        // given a case of 甘井子区 whose pre-check has not arrived yet
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();

        // then the bureau finds the materials to see on site, and the criteria said to come with the pre-check
        get(caseId, TestUser.REVIEWER_GANJINGZI).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("NOT_STARTED")
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.criteriaPending").isEqualTo(true)
                .jsonPath("$.editable").isEqualTo(true)
                .jsonPath("$.earliestInspectedOn").isEqualTo("2022-11-21")
                .jsonPath("$.items.length()").isEqualTo(7)
                .jsonPath("$.items[0].key").isEqualTo("SITE:BUSINESS_LICENCE_ORIGINAL")
                .jsonPath("$.items[0].label").isEqualTo("营业执照（法人登记证书）原件");

        // when it saves what it saw of the materials, with a photo uploaded to the application's inspection files
        UUID photo = UUID.randomUUID();
        Map<String, Object> draft = draft(0, "2022-11-21", List.of("王立新", "刘佳"), confirmedAll(siteKeys()),
                List.of(Map.of("fileId", photo.toString(), "name", "培训场地现场照片.jpg")));
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.inspectors").isEqualTo(List.of("王立新", "刘佳"))
                .jsonPath("$.items[0].findingLabel").isEqualTo("核实属实")
                .jsonPath("$.attachments[0].name").isEqualTo("培训场地现场照片.jpg")
                .jsonPath("$.savedBy").isEqualTo("reviewer-ganjingzi");

        // then it cannot conclude before the pre-check lists the criteria
        conclude(caseId, TestUser.REVIEWER_GANJINGZI, 1, true, CONCLUSION).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INSPECTION_PRECHECK_PENDING");

        // when the pre-check arrives, its criterion joins the checklist first, unverified, and the findings stay
        prechecks.save(SampleEvents.eligibilityAssessed(submitted.applicationId(), false));
        get(caseId, TestUser.REVIEWER_GANJINGZI).expectStatus().isOk().expectBody()
                .jsonPath("$.criteriaPending").isEqualTo(false)
                .jsonPath("$.items.length()").isEqualTo(8)
                .jsonPath("$.items[0].key").isEqualTo("CRITERION:TRAINED_COUNT")
                .jsonPath("$.items[0].toVerify").isEqualTo("2021 年申报 1120 人")
                .jsonPath("$.items[0].finding").doesNotExist()
                .jsonPath("$.items[1].finding").isEqualTo("CONFIRMED");

        // and concluding now says the criterion still lacks its finding
        conclude(caseId, TestUser.REVIEWER_GANJINGZI, 1, true, CONCLUSION).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("INSPECTION_INCOMPLETE")
                .jsonPath("$.missing").isEqualTo(List.of("核查项“培训人数”的核查结果"));

        // when it verifies the criterion too, an edit made on the version before is refused as stale
        List<String> allKeys = new ArrayList<>(List.of("CRITERION:TRAINED_COUNT"));
        allKeys.addAll(siteKeys());
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(1, "2022-11-21", List.of("王立新", "刘佳"), confirmedAll(allKeys),
                List.of(Map.of("fileId", photo.toString(), "name", "培训场地现场照片.jpg")))).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INSPECTION_STALE");

        // and it concludes 查验属实
        conclude(caseId, TestUser.REVIEWER_GANJINGZI, 2, true, CONCLUSION).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED")
                .jsonPath("$.editable").isEqualTo(false)
                .jsonPath("$.conclusion.label").isEqualTo("查验属实")
                .jsonPath("$.conclusion.text").isEqualTo(CONCLUSION)
                .jsonPath("$.conclusion.concludedBy").isEqualTo("reviewer-ganjingzi");

        // then casework reads the outcome the district decision needs
        assertThat(inspectionRecords.outcomeOf(caseId)).contains(new InspectionOutcome(LocalDate.of(2022, 11, 21), true, CONCLUSION));

        // and the record is locked against another save and a second conclusion
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(3, "2022-11-21", List.of("王立新"), List.of(), List.of())).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INSPECTION_CONCLUDED");
        conclude(caseId, TestUser.REVIEWER_GANJINGZI, 3, false, "复查发现培训记录与实际不符，查验不属实。").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INSPECTION_CONCLUDED");
        get(caseId, TestUser.REVIEWER_GANJINGZI).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.inspectors").isEqualTo(List.of("王立新", "刘佳"))
                .jsonPath("$.items[*].finding").value(List.class, findings -> assertThat(findings).hasSize(8).containsOnly("CONFIRMED"));
    }

    @Test
    void badInputIsRefusedForItsFieldOrRuleAndNothingIsWritten() {
        UUID caseId = openedAndPrechecked();

        // a blank inspector name: the field named
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-21", List.of("王立新", " "), List.of(), List.of()))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("inspectors[1]");
        // a date tomorrow, a date before the case opened, a discrepancy without a note, an item not on the checklist
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-22", List.of("王立新", "刘佳"), List.of(), List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_DATE_IN_FUTURE");
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-18", List.of("王立新", "刘佳"), List.of(), List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_DATE_BEFORE_CASE");
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-21", List.of("王立新", "刘佳"),
                List.of(Map.of("item", "SITE:ROSTER_SPOT_CHECK", "finding", "DISCREPANCY")), List.of()))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("INSPECTION_NOTE_REQUIRED")
                .jsonPath("$.item").isEqualTo("SITE:ROSTER_SPOT_CHECK");
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-21", List.of("王立新", "刘佳"),
                List.of(Map.of("item", "CRITERION:EMPLOYED_COUNT", "finding", "CONFIRMED")), List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("INSPECTION_ITEM_UNKNOWN");
        // a conclusion of a word
        conclude(caseId, TestUser.REVIEWER_GANJINGZI, 0, true, "属实").expectStatus().isEqualTo(422);

        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record WHERE case_id = :id").param("id", caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void twoSavesOnTheSameVersionAtOnceOneWinsTheOtherIsStale() throws Exception {
        UUID caseId = openedAndPrechecked();
        CyclicBarrier together = new CyclicBarrier(2);

        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (String inspector : List.of("王立新", "张海燕")) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return put(caseId, TestUser.REVIEWER_GANJINGZI, draft(0, "2022-11-21", List.of(inspector, "刘佳"), List.of(), List.of()))
                        .returnResult(String.class).getStatus().value();
            }));
        }

        assertThat(saves.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        get(caseId, TestUser.REVIEWER_GANJINGZI).expectBody().jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void anotherDistrictSeesNoRecordTheCityReadsForwardedCasesOnlyAndWritesNone() {
        UUID caseId = openedAndPrechecked();

        // the 金州 bureau: the case is not there for it
        get(caseId, TestUser.REVIEWER_JINZHOU).expectStatus().isNotFound();
        put(caseId, TestUser.REVIEWER_JINZHOU, draft(0, "2022-11-21", List.of("孙浩", "周敏"), List.of(), List.of())).expectStatus().isNotFound();
        conclude(caseId, TestUser.REVIEWER_JINZHOU, 0, true, CONCLUSION).expectStatus().isNotFound();

        // the city's staff write none, and read nothing the districts have not forwarded
        for (TestUser city : List.of(TestUser.CITY_REVIEWER, TestUser.LEADING_GROUP)) {
            put(caseId, city, draft(0, "2022-11-21", List.of("陈静", "李建国"), List.of(), List.of())).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
            conclude(caseId, city, 0, true, CONCLUSION).expectStatus().isForbidden();
            get(caseId, city).expectStatus().isNotFound();
        }
        // nor does anyone outside the review
        get(caseId, TestUser.APPLICANT_A).expectStatus().isForbidden();

        // when the bureau concludes and selects the brand, and its notice runs to its end (the notice itself is publicity's subject)
        InspectionFixture.concludedAsConfirmed(http, caseId, TestUser.REVIEWER_GANJINGZI);
        post(caseId, "district-decision", """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "材料齐全，实地查验属实，入选区级劳务品牌。"}
                """);
        casework.store(casework.byId(caseId).startPublicity(new NoticeWindow(LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25), 5),
                "reviewer-ganjingzi", NOV_21));
        casework.store(casework.byId(caseId).endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_21.plus(Duration.ofDays(5))));

        // then the city reads the concluded record of the forwarded case, read-only
        for (TestUser city : List.of(TestUser.CITY_REVIEWER, TestUser.LEADING_GROUP)) {
            get(caseId, city).expectStatus().isOk().expectBody()
                    .jsonPath("$.status").isEqualTo("CONCLUDED")
                    .jsonPath("$.conclusion.label").isEqualTo("查验属实")
                    .jsonPath("$.editable").isEqualTo(false);
        }
        // and the district writes no more at the city's stage
        put(caseId, TestUser.REVIEWER_GANJINGZI, draft(2, "2022-11-21", List.of("王立新", "刘佳"), List.of(), List.of()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("WRONG_STAGE");
    }

    private UUID openedAndPrechecked() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        prechecks.save(SampleEvents.eligibilityAssessed(submitted.applicationId(), false));
        return caseId;
    }

    private static List<String> siteKeys() {
        return Arrays.stream(SiteCheck.values()).map(check -> "SITE:" + check.name()).toList();
    }

    private static List<Map<String, Object>> confirmedAll(List<String> keys) {
        return keys.stream().<Map<String, Object>>map(key -> Map.of("item", key, "finding", "CONFIRMED")).toList();
    }

    private static Map<String, Object> draft(int version, String inspectedOn, List<String> inspectors, List<Map<String, Object>> findings,
            List<Map<String, String>> attachments) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("version", version);
        draft.put("inspectedOn", inspectedOn);
        draft.put("inspectors", inspectors);
        draft.put("findings", findings);
        draft.put("attachments", attachments);
        return draft;
    }

    private RestTestClient.ResponseSpec get(UUID caseId, TestUser user) {
        return http.get().uri("/api/reviews/cases/{id}/inspection", caseId).headers(Tokens.as(user)).exchange();
    }

    private RestTestClient.ResponseSpec put(UUID caseId, TestUser user, Map<String, Object> draft) {
        return http.put().uri("/api/reviews/cases/{id}/inspection", caseId).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(draft))
                .exchange();
    }

    private RestTestClient.ResponseSpec conclude(UUID caseId, TestUser user, int version, boolean confirmed, String conclusion) {
        return http.post().uri("/api/reviews/cases/{id}/inspection/conclusion", caseId).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("version", version, "confirmed", confirmed, "conclusion", conclusion)))
                .exchange();
    }

    private void post(UUID caseId, String action, String body) {
        http.post().uri("/api/reviews/cases/{id}/{action}", caseId, action).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isOk();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
