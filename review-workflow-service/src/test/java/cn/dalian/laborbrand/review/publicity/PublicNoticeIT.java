package cn.dalian.laborbrand.review.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.campaign.CampaignTermsFixture;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.DecisionFixture;
import cn.dalian.laborbrand.review.precheck.PrecheckService;
import cn.dalian.laborbrand.review.casework.ReviewStage;

/** A district publishes one notice for the brands it selected; anyone reads it, with its text and list, while it runs. */
@PlatformIntegrationTest
class PublicNoticeIT {

    /** Monday 21 November 2022, 9:00 in Dalian: a notice from today runs to Friday 25 November. */
    private static final Instant NOV_21 = Instant.parse("2022-11-21T01:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    PrecheckService prechecks;

    @Autowired
    CaseworkService casework;

    @Autowired
    CampaignTermsService campaigns;

    @BeforeEach
    void noNoticesYet() {
        jdbc.sql("TRUNCATE public_notice, case_transition, review_case CASCADE").update();
        PlatformTestInfrastructure.clock().setTo(NOV_21);
        CampaignTermsFixture.campaign2022Published(campaigns);
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aDistrictPublishesOneNoticeForTheBrandsItSelectedWithItsTextAndList() {
        // given two brands 甘井子区 selected, the second also recommended for the city level
        UUID first = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);
        UUID second = selected(named(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY)), "大连甘井子渔港冷链装卸工劳务品牌",
                "大连渔港物流有限公司"), true);

        // when its reviewer publishes them in one notice from today
        var published = http.post().uri("/api/reviews/notices").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"caseIds": ["%s", "%s"]}
                        """.formatted(first, second))
                .exchange();

        // then one notice holds both, with its generated title and text, for 5 working days
        published.expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/public/notices/"))
                .expectBody()
                .jsonPath("$.title").isEqualTo("大连市甘井子区2022年度劳务品牌拟认定名单公示")
                .jsonPath("$.issuer").isEqualTo("大连市甘井子区人力资源和社会保障局")
                .jsonPath("$.body").value(String.class, body -> assertThat(body)
                        .contains("拟将以下 2 个劳务品牌认定为区级劳务品牌，其中 1 个拟推荐申报市级劳务品牌")
                        .contains("公示期：2022年11月21日至2022年11月25日（5 个工作日）")
                        .contains("可于2022年11月25日（含当日）前", "实名"))
                .jsonPath("$.entries[*].brandName").isEqualTo(List.of("大连甘井子金港家政服务师劳务品牌", "大连甘井子渔港冷链装卸工劳务品牌"))
                .jsonPath("$.entries[1].levels.length()").isEqualTo(2);
        assertThat(casework.byId(first).stage()).isEqualTo(ReviewStage.PUBLICITY);
        assertThat(casework.byId(second).stage()).isEqualTo(ReviewStage.PUBLICITY);
        assertThat(KafkaProbe.find(ReviewEvents.PUBLICITY_STARTED_TOPIC, r -> second.toString().equals(r.key()), Duration.ofSeconds(60)))
                .isPresent();

        // and anyone reads it: text, list and dates, nothing about the cases or the people behind them
        http.get().uri("/api/public/notices").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].title").isEqualTo("大连市甘井子区2022年度劳务品牌拟认定名单公示")
                .jsonPath("$.items[0].startsOn").isEqualTo("2022-11-21")
                .jsonPath("$.items[0].endsOn").isEqualTo("2022-11-25")
                .jsonPath("$.items[0].entries[1].unitName").isEqualTo("大连渔港物流有限公司")
                .jsonPath("$.items[0].entries[1].district").isEqualTo("210211")
                .jsonPath("$.items[0].entries[0].caseId").doesNotExist()
                .jsonPath("$.items[0].publishedBy").doesNotExist();
    }

    @Test
    void oneCaseThatCannotGoUnderNoticeStopsTheWholeNotice() {
        // given one selected brand and one the district has not decided on
        UUID selected = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);
        UUID undecided = casework.open(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT))).orElseThrow().id();

        // when both are put on one notice, it is refused
        publish(TestUser.REVIEWER_GANJINGZI, selected, undecided).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("WRONG_STAGE");

        // and nothing was published
        assertThat(casework.byId(selected).stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
        assertThat(jdbc.sql("SELECT count(*) FROM public_notice").query(Long.class).single()).isZero();
    }

    @Test
    void aReviewerPublishesOnlyTheCasesOfTheirOwnDistrictAndEachOnce() {
        UUID ganjingzi = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);

        publish(TestUser.REVIEWER_JINZHOU, ganjingzi).expectStatus().isNotFound();
        publish(TestUser.REVIEWER_GANJINGZI, ganjingzi, ganjingzi).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_CASES_INVALID");
        http.post().uri("/api/reviews/notices").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"caseIds\": []}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseIds");
    }

    @Test
    void aDistrictWhoseSignatoryIsNotKnownCannotPublishUntilAnOperatorRecordsIt() {
        // given a pilot zone added to the platform after the release, and its reviewer's selected case
        jdbc.sql("DELETE FROM notice_issuer WHERE district = 'DLXD09'").update();
        TestUser newZone = new TestUser("reviewer-xinqu", "钱进", Set.of(Role.DISTRICT_REVIEWER), null, "DLXD09");
        UUID caseId = casework.open(inDistrict(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), "DLXD09")).orElseThrow().id();
        decide(newZone, caseId, false);

        // when it publishes, it learns the signatory is missing
        publish(newZone, caseId).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOTICE_ISSUER_UNKNOWN");

        // and once an operator records it, the notice goes out under its name
        http.put().uri("/api/reviews/notice-issuers/DLXD09").headers(Tokens.as(TestUser.OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"place": "大连太平湾合作创新区", "bureau": "大连太平湾合作创新区人力资源和社会保障局"}
                        """)
                .exchange().expectStatus().isOk();
        publish(newZone, caseId).expectStatus().isCreated()
                .expectBody().jsonPath("$.title").isEqualTo("大连太平湾合作创新区2022年度劳务品牌拟认定名单公示");
        http.get().uri("/api/reviews/notice-issuers").headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectBody().jsonPath("$[?(@.district == 'DLXD09')].bureau").isEqualTo(List.of("大连太平湾合作创新区人力资源和社会保障局"));
    }

    @Test
    void aDistrictCodeLongerThanItsColumnIsABadRequestNotAServerError() {
        // when an operator names a district code of 17 characters (the column holds 16)
        http.put().uri("/api/reviews/notice-issuers/DLXD0912345678901").headers(Tokens.as(TestUser.OPERATOR))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"place": "大连太平湾合作创新区", "bureau": "大连太平湾合作创新区人力资源和社会保障局"}
                        """)
                .exchange()
                // then it is refused as input, with the rule in Chinese, and nothing is recorded
                .expectStatus().is4xxClientError()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("district")
                .jsonPath("$.errors[0].message").isEqualTo("地区代码应为 1–16 位数字或大写字母");
        assertThat(jdbc.sql("SELECT count(*) FROM notice_issuer WHERE district = 'DLXD0912345678901'").query(Long.class).single()).isZero();
    }

    @Test
    void anyoneCanReadTheNoticesRunningTodayAndOnlyTheBrandsStillListed() {
        // given one notice running today (one of its brands taken off after an objection), one ended, one not started
        LocalDate today = LocalDate.of(2022, 11, 21);
        UUID running = insertNotice(today.minusDays(2), today.plusDays(4), "大连甘井子金港家政服务师劳务品牌", "大连甘井子渔港冷链装卸工劳务品牌");
        jdbc.sql("UPDATE notice_entry SET withdrawn_at = now(), closed_at = now() WHERE notice_id = :id AND position = 2").param("id", running)
                .update();
        insertNotice(today.minusDays(40), today.minusDays(33), "大连旅顺樱桃种植匠劳务品牌");
        insertNotice(today.plusDays(1), today.plusDays(7), "大连金州海湾焊工劳务品牌");

        // when someone who is not signed in opens the public notice
        http.get().uri("/api/public/notices").exchange()
                // then only the running notice is listed, with the brands still on it
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(running.toString())
                .jsonPath("$.items[0].entries[*].brandName").isEqualTo(List.of("大连甘井子金港家政服务师劳务品牌"))
                .jsonPath("$.items[0].entries[0].unitName").isEqualTo("大连金港人力资源服务有限公司")
                .jsonPath("$.items[0].endsOn").isEqualTo(today.plusDays(4).toString());
        http.get().uri("/api/public/notices/{id}", running).exchange().expectStatus().isOk();
    }

    @Test
    void theReviewersOfTheDistrictReadTheNoticeOfACaseAndOtherDistrictsDoNot() {
        UUID caseId = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);
        publish(TestUser.REVIEWER_GANJINGZI, caseId).expectStatus().isCreated();

        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.startsOn").isEqualTo("2022-11-21")
                .jsonPath("$.endsOn").isEqualTo("2022-11-25");
        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aCaseWithoutANoticeYetAnswersNotFoundInChinese() {
        UUID caseId = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);

        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("该案件尚未发布公示。");
    }

    @Test
    void withDemonstrationDataAnOperatorLetsTheDaysOfANoticePassAndTheClosingForwardsTheCase() {
        // given a notice from today, in a stack with demonstration data (the embedded run, the tests)
        UUID caseId = selected(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), false);
        publish(TestUser.REVIEWER_GANJINGZI, caseId).expectStatus().isCreated();

        // when an operator lets its days pass, its last day was yesterday
        http.post().uri("/api/reviews/cases/{id}/publicity/elapse", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/reviews/cases/{id}/publicity/elapse", caseId).headers(Tokens.as(TestUser.OPERATOR)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.endsOn").isEqualTo("2022-11-20")
                .jsonPath("$.startsOn").isEqualTo("2022-11-16");

        // then the closing forwards the case
        http.post().uri("/api/reviews/publicity/closing").headers(Tokens.as(TestUser.OPERATOR)).exchange().expectStatus().isOk();
        assertThat(casework.byId(caseId).stage()).isEqualTo(ReviewStage.CITY_REVIEW);
    }

    private UUID selected(ApplicationSubmitted submitted, boolean cityRecommended) {
        UUID caseId = casework.open(submitted).orElseThrow().id();
        decide(TestUser.REVIEWER_GANJINGZI, caseId, cityRecommended);
        return caseId;
    }

    private void decide(TestUser reviewer, UUID caseId, boolean cityRecommended) {
        DecisionFixture.readyToDecide(prechecks, http, casework.byId(caseId).applicationId(), caseId,
                cityRecommended ? Set.of(BrandLevel.DISTRICT, BrandLevel.CITY) : Set.of(BrandLevel.DISTRICT), reviewer);
        http.post().uri("/api/reviews/cases/{id}/district-decision", caseId).headers(Tokens.as(reviewer))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"districtLevelSelected\": true, \"cityRecommended\": " + cityRecommended + "}")
                .exchange().expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec publish(TestUser reviewer, UUID... caseIds) {
        String ids = String.join("\", \"", java.util.Arrays.stream(caseIds).map(UUID::toString).toList());
        return http.post().uri("/api/reviews/notices").headers(Tokens.as(reviewer)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"caseIds\": [\"" + ids + "\"]}")
                .exchange();
    }

    /** A notice as the database holds it, for days the API would not accept today. */
    private UUID insertNotice(LocalDate startsOn, LocalDate endsOn, String... brands) {
        UUID noticeId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO public_notice (id, district, campaign, title, body, issuer, starts_on, ends_on, published_by, published_at)
                VALUES (:id, '210211', '2022', '大连市甘井子区2022年度劳务品牌拟认定名单公示', '……', '大连市甘井子区人力资源和社会保障局',
                        :startsOn, :endsOn, 'reviewer-ganjingzi', now())
                """)
                .param("id", noticeId).param("startsOn", startsOn).param("endsOn", endsOn).update();
        for (int position = 1; position <= brands.length; position++) {
            UUID caseId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO review_case (id, application_id, campaign, org_id, district, brand_name, requested_levels, stage, opened_at,
                                             stage_entered_at, version)
                    VALUES (:id, :applicationId, '2022', '912102440580649631', '210211', :brandName, 'DISTRICT', 'PUBLICITY', :openedAt,
                            :openedAt, 0)
                    """)
                    .param("id", caseId).param("applicationId", UUID.randomUUID()).param("brandName", brands[position - 1])
                    .param("openedAt", Timestamp.from(NOV_21)).update();
            jdbc.sql("""
                    INSERT INTO notice_entry (id, notice_id, case_id, position, brand_name, unit_name, levels)
                    VALUES (:id, :noticeId, :caseId, :position, :brandName, '大连金港人力资源服务有限公司', 'DISTRICT')
                    """)
                    .param("id", UUID.randomUUID()).param("noticeId", noticeId).param("caseId", caseId).param("position", position)
                    .param("brandName", brands[position - 1]).update();
        }
        return noticeId;
    }

    static ApplicationSubmitted named(ApplicationSubmitted s, String brandName, String unitName) {
        return new ApplicationSubmitted(s.applicationId(), s.campaign(), s.orgId(), unitName, s.district(), brandName, s.unitType(),
                s.requestedLevels(), s.declaredYears(), s.labourPractice(), s.submittedBy(), s.submittedAt(), s.cityBrandName(), s.description(),
                s.unit(), s.roster());
    }

    static ApplicationSubmitted inDistrict(ApplicationSubmitted s, String district) {
        return new ApplicationSubmitted(s.applicationId(), s.campaign(), s.orgId(), s.unitName(), district, s.brandName(), s.unitType(),
                s.requestedLevels(), s.declaredYears(), s.labourPractice(), s.submittedBy(), s.submittedAt(), s.cityBrandName(), s.description(),
                s.unit(), s.roster());
    }
}
