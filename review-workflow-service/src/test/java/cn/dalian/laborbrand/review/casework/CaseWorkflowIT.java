package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.campaign.CampaignTermsFixture;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.inspection.InspectionFixture;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

/** A case from the district queue to certification, through the service's API, with time moved by the test clock. */
@PlatformIntegrationTest
class CaseWorkflowIT {

    /** Monday 21 November 2022, 9:00 in Dalian: a notice started today runs to Friday 25 November. */
    private static final Instant NOV_21 = Instant.parse("2022-11-21T01:00:00Z");

    @Autowired
    CaseworkService casework;

    @Autowired
    PrecheckService prechecks;

    @Autowired
    RestTestClient http;

    @Autowired
    CampaignTermsService campaigns;

    @BeforeEach
    void theCampaignOf2022() {
        PlatformTestInfrastructure.clock().setTo(NOV_21);
        CampaignTermsFixture.campaign2022Published(campaigns);
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aCaseGoesFromTheDistrictQueueToCityLevelCertificationWithEveryStepInItsHistory() {
        // given an application of 大连金港人力资源服务有限公司 (甘井子区) for both levels, pre-checked as meeting both and inspected
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        DecisionFixture.readyToDecide(prechecks, http, submitted, caseId, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                TestUser.REVIEWER_GANJINGZI);

        // when the bureau of another district tries to decide, the case does not exist for it
        post(caseId, "district-decision", TestUser.REVIEWER_JINZHOU, """
                {"districtLevelSelected": true, "cityRecommended": true}
                """).expectStatus().isNotFound();

        // and the bureau of 甘井子区 selects it and recommends it for the city level, then starts the notice today
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": true, "comment": "材料齐全，实地查验属实，推荐申报市级。"}
                """).expectStatus().isOk()
                .expectBody().jsonPath("$.precheck.levelsMet.length()").isEqualTo(2);
        byte[] notice = post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, "{}").expectStatus().isOk()
                .expectBody().jsonPath("$.entries[0].levels.length()").isEqualTo(2)
                .returnResult().getResponseBodyContent();
        String noticeId = JsonPath.read(new String(notice, StandardCharsets.UTF_8), "$.id");

        // then anyone reads the notice, which ends on the fifth working day
        http.get().uri("/api/public/notices?limit=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '" + noticeId + "')].endsOn").isEqualTo(List.of("2022-11-25"))
                .jsonPath("$.items[?(@.id == '" + noticeId + "')].entries[0].brandName").isEqualTo(List.of("大连甘井子金港家政服务师劳务品牌"));

        // when two weeks pass (more than 5 working days) and the closing check runs
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(14));
        http.post().uri("/api/reviews/publicity/closing").headers(Tokens.as(TestUser.OPERATOR))
                .exchange()
                .expectStatus().isOk();

        // then the case is with the city bureau, and PublicityEnded was published
        assertThat(KafkaProbe.find(ReviewEvents.PUBLICITY_ENDED_TOPIC, r -> caseId.toString().equals(r.key()), Duration.ofSeconds(60)))
                .isPresent();
        http.get().uri("/api/reviews/cases?stage=CITY_REVIEW&limit=100").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").exists();

        // when the city re-reviews and the leading group office certifies it at city level
        post(caseId, "city-review", TestUser.CITY_REVIEWER, """
                {"approved": true, "comment": "复审通过。"}
                """).expectStatus().isOk();
        post(caseId, "approval", TestUser.LEADING_GROUP, """
                {"approved": true, "level": "CITY", "comment": "核准为市级劳务品牌。"}
                """).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.stage").isEqualTo("CERTIFIED")
                .jsonPath("$.certifiedLevel").isEqualTo("CITY");

        // then BrandCertified carries the level and the brand's new identity
        var certified = KafkaProbe.find(ReviewEvents.BRAND_CERTIFIED_TOPIC, r -> caseId.toString().equals(r.key()), Duration.ofSeconds(60));
        assertThat(certified).isPresent();
        var payload = new EventCodec().read(certified.get().value(), ReviewEvents.BRAND_CERTIFIED).payload();
        assertThat(payload.level()).isEqualTo(BrandLevel.CITY);
        assertThat(payload.brandId()).isNotNull();
        assertThat(payload.decisionDate()).isEqualTo(LocalDate.now(PlatformTestInfrastructure.clock().withZone(CaseworkService.DALIAN)));

        // and the history names every step, who took it and why
        http.get().uri("/api/reviews/cases/" + caseId + "/history").headers(Tokens.as(TestUser.LEADING_GROUP))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("OPENED", "DISTRICT_SELECTED", "PUBLICITY_STARTED", "PUBLICITY_ENDED",
                        "CITY_APPROVED", "CERTIFIED"))
                .jsonPath("$[*].actor").isEqualTo(List.of("applicant-a", "reviewer-ganjingzi", "reviewer-ganjingzi", "system",
                        "city-reviewer", "leading-group"))
                .jsonPath("$[1].comment").isEqualTo("材料齐全，实地查验属实，推荐申报市级。")
                .jsonPath("$[5].actionLabel").isEqualTo("核准认定");
    }

    @Test
    void anActionAtTheWrongStageIsRefusedAsAConflict() {
        UUID caseId = casework.open(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT))).orElseThrow().id();

        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, "{}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("WRONG_STAGE");
    }

    @Test
    void aUnitWithAnUnfinishedRectificationIsNotSelected() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        prechecks.save(SampleEvents.eligibilityAssessed(submitted.applicationId(), true));
        InspectionFixture.concludedAsConfirmed(http, caseId, TestUser.REVIEWER_GANJINGZI);

        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": false, "overrideReason": "整改已基本完成，预计下月验收，建议先行入选。"}
                """).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("BLOCKED_BY_RISK");
    }

    @Test
    void aDistrictDecisionWaitsForThePrecheckThenForTheInspectionNeverPassingWithoutThem() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        String select = """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "达到区级标准。"}
                """;

        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, select).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("PRECHECK_PENDING");
        prechecks.save(DecisionFixture.assessment(submitted.applicationId(), Set.of(BrandLevel.DISTRICT)));
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, select).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("INSPECTION_REQUIRED");
        InspectionFixture.concludedAsConfirmed(http, caseId, TestUser.REVIEWER_GANJINGZI);
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, select).expectStatus().isOk();
    }

    @Test
    void recommendingALevelThePrecheckDidNotMeetNeedsAWrittenReasonThatTheCitySees() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        DecisionFixture.readyToDecide(prechecks, http, submitted, caseId, Set.of(BrandLevel.DISTRICT), TestUser.REVIEWER_GANJINGZI);

        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": true, "comment": "推荐申报市级。"}
                """).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("LEVEL_NOT_MET")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("市级"));
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": true, "comment": "推荐申报市级。",
                 "overrideReason": "预审剔除的 40 名外市务工人员经实地查验均在大连就业，实际就业人数达到市级标准。"}
                """).expectStatus().isOk()
                .expectBody().jsonPath("$.districtDecision.overrideReason")
                .isEqualTo("预审剔除的 40 名外市务工人员经实地查验均在大连就业，实际就业人数达到市级标准。");
        http.get().uri("/api/reviews/cases/" + caseId + "/history").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody().jsonPath("$[1].comment").value(String.class, comment -> assertThat(comment).contains("【未达预审标准仍予通过的理由】"));
    }

    @Test
    void twoDecisionsOnTheSameCaseAtOnceOneWinsAndTheOtherIsAConflictWithNothingHalfWritten() throws Exception {
        UUID caseId = aDistrictCaseReadyToDecide();
        String select = """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "达到区级标准。"}
                """;
        String reject = """
                {"districtLevelSelected": false, "cityRecommended": false, "comment": "培训台账与花名册不符，不予通过。"}
                """;

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = java.util.stream.Stream.of(select, reject)
                    .map(body -> pool.submit(() -> {
                        start.await();
                        return post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, body).returnResult(String.class).getStatus()
                                .value();
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        http.get().uri("/api/reviews/cases/" + caseId + "/history").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void whatTheCityRejectsLeavesItsQueueStaysInItsClosedListAndTheUnitIsToldWhy() {
        UUID caseId = aDistrictCaseForwardedToTheCity();

        // a reason shorter than a sentence is refused; the district cannot reject what it has forwarded
        post(caseId, "city-review", TestUser.CITY_REVIEWER, """
                {"approved": false, "comment": "不行。"}
                """).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("REASON_REQUIRED");
        post(caseId, "rejection", TestUser.REVIEWER_GANJINGZI, """
                {"reason": "经核查，申报材料存在虚假内容，不予通过。"}
                """).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_YOUR_STAGE");
        post(caseId, "city-review", TestUser.CITY_REVIEWER, """
                {"approved": false, "comment": "复审发现培训台账与花名册人数不符，不予通过。"}
                """).expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("REJECTED");

        var rejected = KafkaProbe.find(ReviewEvents.APPLICATION_REJECTED_TOPIC, r -> caseId.toString().equals(r.key()), Duration.ofSeconds(60));
        assertThat(rejected).isPresent();
        var payload = new EventCodec().read(rejected.get().value(), ReviewEvents.APPLICATION_REJECTED).payload();
        assertThat(payload.stage()).isEqualTo("CITY_REVIEW");
        assertThat(payload.reason()).isEqualTo("复审发现培训台账与花名册人数不符，不予通过。");
        http.get().uri("/api/reviews/cases?stage=CITY_REVIEW&limit=100").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").doesNotExist();
        http.get().uri("/api/reviews/cases?stage=REJECTED&limit=100").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").exists();
    }

    @Test
    void aCityReviewerWhoAlsoHoldsTheLeadingGroupRoleCannotCertifyACaseSheReReviewedAndAnotherMemberCan() {
        // given 陈静, city reviewer and member of the leading group office too, and a case forwarded to the city
        TestUser both = new TestUser("city-reviewer", "陈静", Set.of(Role.CITY_REVIEWER, Role.LEADING_GROUP), null, null);
        UUID caseId = aDistrictCaseForwardedToTheCity();

        // when she passes it at the city's re-review and then certifies it herself
        post(caseId, "city-review", both, """
                {"approved": true, "comment": "复审通过。"}
                """).expectStatus().isOk();
        post(caseId, "approval", both, """
                {"approved": true, "level": "DISTRICT", "comment": "核准为区级劳务品牌。"}
                """).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SAME_PERSON_REVIEWED")
                .jsonPath("$.detail").isEqualTo("您已对该申报作出市级复审意见，不能再核准认定；请由领导小组办公室的其他人员核准。");

        // then the case still waits for the leading group office, and another member certifies it
        assertThat(casework.byId(caseId).stage()).isEqualTo(ReviewStage.APPROVAL);
        post(caseId, "approval", TestUser.LEADING_GROUP, """
                {"approved": true, "level": "DISTRICT", "comment": "核准为区级劳务品牌。"}
                """).expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("CERTIFIED");
    }

    @Test
    void aReviewerTakesACaseAndFindsItUnderTheirNameWithItsWorkingDayClock() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();

        http.put().uri("/api/reviews/cases/" + caseId + "/assignment").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body("{\"assignee\": \"reviewer-ganjingzi\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.assignee").isEqualTo("reviewer-ganjingzi");
        // the city cannot take a case the district still works on
        http.put().uri("/api/reviews/cases/" + caseId + "/assignment").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .contentType(MediaType.APPLICATION_JSON).body("{\"assignee\": \"city-reviewer\"}")
                .exchange()
                .expectStatus().isNotFound();

        // on Monday 21 November 2022 a case opened today has waited no working day; its notice must start by 28 November
        http.get().uri("/api/reviews/cases?assignee=me&q=金港&limit=100").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '" + caseId + "')].assignee").isEqualTo(List.of("reviewer-ganjingzi"))
                .jsonPath("$.items[?(@.id == '" + caseId + "')].clock.workingDaysInStage").isEqualTo(List.of(0))
                .jsonPath("$.items[?(@.id == '" + caseId + "')].clock.deadline").isEqualTo(List.of("2022-11-28"))
                .jsonPath("$.items[?(@.id == '" + caseId + "')].clock.status").isEqualTo(List.of("ON_TRACK"));
        http.get().uri("/api/reviews/cases?assignee=NONE&limit=100").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody().jsonPath("$.items[?(@.id == '" + caseId + "')]").doesNotExist();
    }

    @Test
    void aBackdatedNoticeOrOneStartingOnADayOffIsRefusedAndTheCaseStaysWhereItWas() {
        UUID caseId = aDistrictCaseSelected();

        // a notice recorded as of last month, when today is Monday 21 November 2022
        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, """
                {"startsOn": "2022-10-10"}
                """).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_IN_PAST");
        // a notice from Saturday 26 November
        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, """
                {"startsOn": "2022-11-26"}
                """).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOTICE_NOT_WORKING_DAY")
                .jsonPath("$.nextWorkingDay").isEqualTo("2022-11-28");
        // a notice from Monday 28 November would end on 2 December, the forwarding deadline itself; from Tuesday it is late
        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, """
                {"startsOn": "2022-11-29"}
                """).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOTICE_ENDS_AFTER_DEADLINE")
                .jsonPath("$.latestStart").isEqualTo("2022-11-28");

        assertThat(casework.byId(caseId).stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
    }

    /** 金港's application for the district level, pre-checked as meeting it and inspected: 甘井子区 may decide. */
    private UUID aDistrictCaseReadyToDecide() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        DecisionFixture.readyToDecide(prechecks, http, submitted, caseId, Set.of(BrandLevel.DISTRICT), TestUser.REVIEWER_GANJINGZI);
        return caseId;
    }

    /** The same case selected at district level by 甘井子区, not recommended to the city level. */
    private UUID aDistrictCaseSelected() {
        UUID caseId = aDistrictCaseReadyToDecide();
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": false, "comment": "达到区级标准。"}
                """).expectStatus().isOk();
        return caseId;
    }

    /** The same case after its public notice ran out: it waits for the city's re-review. */
    private UUID aDistrictCaseForwardedToTheCity() {
        UUID caseId = aDistrictCaseSelected();
        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, "{}").expectStatus().isOk();
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(14));
        http.post().uri("/api/reviews/publicity/closing").headers(Tokens.as(TestUser.OPERATOR)).exchange().expectStatus().isOk();
        return caseId;
    }

    private RestTestClient.ResponseSpec post(UUID caseId, String action, TestUser user, String body) {
        return http.post().uri("/api/reviews/cases/" + caseId + "/" + action).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
