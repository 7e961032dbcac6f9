package cn.dalian.laborbrand.review.casework;

import static cn.dalian.laborbrand.platform.test.AggregateFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.review.casework.CaseRequests.ApprovalRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.CityReviewRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.DistrictDecisionRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.SupplementRequest;
import cn.dalian.laborbrand.review.precheck.Precheck;

/** The stages of 工作进程 on one case alone: given the case, when a step is taken, then its state, its events or its refusal. */
class ReviewCaseTest {

    private static final Instant NOV_18 = Instant.parse("2022-11-18T06:00:00Z");
    private static final Instant DEC_20 = Instant.parse("2022-12-20T02:00:00Z");
    private static final String DISTRICT_REVIEWER = "reviewer-ganjingzi";
    private static final NoticeWindow NOV_21_TO_25 = new NoticeWindow(LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25), 5);
    private static final UUID CASE = UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081");
    private static final UUID BRAND = UUID.fromString("8c3f2e50-7d4f-4a01-9c32-4d5e6f708192");

    private static final DistrictDecisionRequest SELECT_AND_RECOMMEND = new DistrictDecisionRequest(true, true, "材料齐全，实地查验属实，推荐申报市级。");
    private static final DistrictDecisionRequest SELECT_ONLY = new DistrictDecisionRequest(true, false, "达到区级标准。");
    private static final Optional<Precheck> NO_RISK = Optional.empty();
    private static final SupplementRequest SUPPLEMENT = new SupplementRequest(Set.of(ApplicationPart.DECLARED_YEARS),
            " 2022 年度培训合格率与培训台账不一致，请核实后重新填写。", 3);

    private final ApplicationSubmitted submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));

    @Test
    void aSubmittedApplicationOpensInItsDistrictsQueueWithoutAnEvent() {
        ReviewCase.Moved opened = ReviewCase.open(CASE, submitted, NOV_18);

        assertThat(opened.state().stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
        assertThat(opened.state().district()).isEqualTo("210211");
        assertThat(opened.transition().action()).isEqualTo(CaseAction.OPENED);
        assertThat(opened.transition().actor()).isEqualTo("applicant-a");
        assertThat(opened.events()).isEmpty();
    }

    @Test
    void theDistrictSelectsAndRecommendsAndSaysSoInDistrictDecisionMade() {
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
                    assertThat(c.noticeLevels()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
                })
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().action()).isEqualTo(CaseAction.DISTRICT_SELECTED))
                .expectEvents(new DistrictDecisionMade(CASE, submitted.applicationId(), "912102440580649631", "210211",
                        "大连甘井子金港家政服务师劳务品牌", true, true, "材料齐全，实地查验属实，推荐申报市级。", DISTRICT_REVIEWER, NOV_18));
    }

    @Test
    void aCaseTheDistrictDoesNotSelectEndsThere() {
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(false, false, "培训记录不完整。"), NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED))
                .expectEvent(ReviewEvents.DISTRICT_DECISION_MADE, CASE, decision -> assertThat(decision.districtLevelSelected()).isFalse());
    }

    @Test
    void theCityLevelCannotBeRecommendedForAUnitThatDidNotApplyForIt() {
        given(opened(Set.of(BrandLevel.DISTRICT)))
                .when(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.CITY_LEVEL_NOT_REQUESTED);
    }

    @Test
    void theCityLevelCannotBeRecommendedWithoutSelectingTheDistrictLevel() {
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(false, true, null), NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.NOT_SELECTED);
    }

    @Test
    void aUnitWithAnUnfinishedRectificationCannotBeSelected() {
        Optional<Precheck> blocking = Optional.of(Precheck.of(SampleEvents.eligibilityAssessed(submitted.applicationId(), true)));

        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, blocking, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.BLOCKED_BY_RISK);
    }

    @Test
    void aUnitWithOnlyAFlagForAReviewersJudgementCanBeSelected() {
        EligibilityAssessed lostCase = SampleEvents.eligibilityAssessed(submitted.applicationId(), false);

        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, Optional.of(Precheck.of(lostCase)), DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.districtDecision().districtLevelSelected()).isTrue());
    }

    @Test
    void aDistrictDecisionIsMadeOnce() {
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_ONLY, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(false, false, null), NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "不能重复作出");
    }

    @Test
    void theNoticeOfASelectedBrandNamesItsLevelsAndWindowInPublicityStarted() {
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .when(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.PUBLICITY))
                .expectEvents(new PublicityStarted(CASE, submitted.applicationId(), "912102440580649631", "大连金港人力资源服务有限公司",
                        "210211", "大连甘井子金港家政服务师劳务品牌", Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), LocalDate.of(2022, 11, 21),
                        LocalDate.of(2022, 11, 25), 5));
    }

    @Test
    void noNoticeBeforeTheDistrictSelectedTheBrand() {
        given(opened())
                .when(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "区级初审通过");
    }

    @Test
    void theEndOfTheNoticeForwardsTheCaseToTheCity() {
        given(underNotice())
                .when(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.CITY_REVIEW))
                .expectEvents(new PublicityEnded(CASE, submitted.applicationId(), "912102440580649631", "210211",
                        "大连甘井子金港家政服务师劳务品牌", LocalDate.of(2022, 11, 25), true));
    }

    @Test
    void theCityCannotReReviewACaseStillUnderNotice() {
        given(underNotice())
                .when(c -> c.reviewAtCity(new CityReviewRequest(true, null), "city-reviewer", NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "公示");
    }

    @Test
    void theCityReReviewMovesTheCaseToApprovalQuietly() {
        given(forwarded())
                .when(c -> c.reviewAtCity(new CityReviewRequest(true, "复审通过。"), "city-reviewer", NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.APPROVAL))
                .expectNoEvents();
    }

    @Test
    void theLeadingGroupCertifiesAtCityLevelAndTheBrandGetsItsIdentity() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, "核准为市级。"), BRAND, LocalDate.of(2022, 12, 20),
                        "leading-group", DEC_20))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(ReviewStage.CERTIFIED);
                    assertThat(c.brandId()).isEqualTo(BRAND);
                })
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().from()).isEqualTo(ReviewStage.APPROVAL))
                .expectEvents(new BrandCertified(BRAND, CASE, submitted.applicationId(), "2022", "912102440580649631",
                        "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY, LocalDate.of(2022, 12, 20),
                        "leading-group"));
    }

    @Test
    void theLeadingGroupCertifiesAtDistrictLevelWhatTheDistrictOnlySelected() {
        given(atApproval(SELECT_ONLY))
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.DISTRICT, null), BRAND, LocalDate.of(2022, 12, 20),
                        "leading-group", DEC_20))
                .expectState(c -> assertThat(c.certifiedLevel()).isEqualTo(BrandLevel.DISTRICT))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.level()).isEqualTo(BrandLevel.DISTRICT));
    }

    @Test
    void theLeadingGroupCannotCertifyAtCityLevelWhatTheDistrictDidNotRecommend() {
        given(atApproval(SELECT_ONLY))
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.LEVEL_NOT_RECOMMENDED);
    }

    @Test
    void anApprovalNamesTheLevel() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(true, null, null), BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.LEVEL_REQUIRED);
    }

    @Test
    void aBrandTheLeadingGroupDoesNotCertifyCausesNoEvent() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(false, null, "品牌认知度不足。"), BRAND, LocalDate.of(2022, 12, 20), "leading-group",
                        DEC_20))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED))
                .expectNoEvents();
    }

    @Test
    void theDistrictAsksForASupplementAndTheCaseWaitsSayingSoInSupplementRequested() {
        given(opened())
                .when(c -> c.requestSupplement(SUPPLEMENT, LocalDate.of(2022, 11, 23), DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.SUPPLEMENT_REQUESTED))
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().comment())
                        .isEqualTo("请补充：各年度培训与就业数据。2022 年度培训合格率与培训台账不一致，请核实后重新填写。（请于 2022年11月23日 前补充后重新提交）"))
                .expectEvent(ReviewEvents.SUPPLEMENT_REQUESTED, CASE, requested -> {
                    assertThat(requested.parts()).containsExactly(ApplicationPart.DECLARED_YEARS);
                    assertThat(requested.dueOn()).isEqualTo(LocalDate.of(2022, 11, 23));
                    assertThat(requested.dueWorkingDays()).isEqualTo(3);
                    assertThat(requested.orgId()).isEqualTo("912102440580649631");
                });
    }

    @Test
    void noSupplementIsAskedOnceTheDistrictHasDecided() {
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_ONLY, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .when(c -> c.requestSupplement(SUPPLEMENT, LocalDate.of(2022, 11, 23), DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "已经作出");
        given(underNotice())
                .when(c -> c.requestSupplement(SUPPLEMENT, LocalDate.of(2022, 11, 23), DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE);
    }

    @Test
    void theResubmissionReturnsTheCaseToTheDistrictWithWhatTheUnitHandedInNow() {
        ReviewCase waiting = opened().requestSupplement(SUPPLEMENT, LocalDate.of(2022, 11, 23), DISTRICT_REVIEWER, NOV_18).state();
        ApplicationSubmitted corrected = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));

        ReviewCase.Moved back = waiting.resubmitted(new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.LEVELS),
                corrected), NOV_18).orElseThrow();

        assertThat(back.state().stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
        assertThat(back.state().requestedLevels()).containsExactly(BrandLevel.DISTRICT);
        assertThat(back.transition().action()).isEqualTo(CaseAction.RESUBMITTED);
        assertThat(back.transition().comment()).isEqualTo("第 1 次补充后重新提交，补充内容：申报层级。");
        assertThat(back.events()).isEmpty();
        // a case that was not waiting for it ignores a late resubmission
        assertThat(opened().resubmitted(new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.LEVELS), corrected),
                NOV_18)).isEmpty();
    }

    @Test
    void aWithdrawalClosesTheCaseUnlessTheDistrictDecidedFirst() {
        var withdrawal = new ApplicationWithdrawn(submitted.applicationId(), "2022", "912102440580649631", "210211",
                "品牌名称需重新论证，本年度暂不申报。", "applicant-a", NOV_18);

        assertThat(opened().withdrawn(withdrawal, NOV_18)).get()
                .satisfies(moved -> {
                    assertThat(moved.state().stage()).isEqualTo(ReviewStage.WITHDRAWN);
                    assertThat(moved.transition().comment()).isEqualTo("品牌名称需重新论证，本年度暂不申报。");
                });
        assertThat(underNotice().withdrawn(withdrawal, NOV_18)).isEmpty();
    }

    @Test
    void aBrandCertifiedAtCityLevelCarriesTheCityLevelNameTheUnitProposed() {
        ApplicationSubmitted bothNames = new ApplicationSubmitted(submitted.applicationId(), "2022", submitted.orgId(), submitted.unitName(),
                "210211", "大连甘井子金港家政服务师劳务品牌", submitted.unitType(), submitted.requestedLevels(), submitted.declaredYears(),
                submitted.labourPractice(), "applicant-a", NOV_18, "大连金港家政服务师劳务品牌", null, null, null);
        ReviewCase atApproval = given(ReviewCase.open(CASE, bothNames, NOV_18).state())
                .andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18))
                .andGiven(c -> c.reviewAtCity(new CityReviewRequest(true, null), "city-reviewer", NOV_18)).state();

        given(atApproval)
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.brandName()).isEqualTo("大连金港家政服务师劳务品牌"));
        given(atApproval)
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.DISTRICT, null), BRAND, LocalDate.of(2022, 12, 20), "leading-group",
                        DEC_20))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌"));
    }

    private ReviewCase opened() {
        return ReviewCase.open(CASE, submitted, NOV_18).state();
    }

    private ReviewCase opened(Set<BrandLevel> levels) {
        return ReviewCase.open(CASE, SampleEvents.applicationSubmitted(levels), NOV_18).state();
    }

    private ReviewCase underNotice() {
        return given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18)).state();
    }

    private ReviewCase forwarded() {
        return given(underNotice()).andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18)).state();
    }

    private ReviewCase atApproval() {
        return atApproval(SELECT_AND_RECOMMEND);
    }

    private ReviewCase atApproval(DistrictDecisionRequest decision) {
        return given(opened()).andGiven(c -> c.decideAtDistrict(decision, NO_RISK, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18))
                .andGiven(c -> c.reviewAtCity(new CityReviewRequest(true, null), "city-reviewer", NOV_18)).state();
    }
}
