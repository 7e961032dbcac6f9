package cn.dalian.laborbrand.review.casework;

import static cn.dalian.laborbrand.platform.test.AggregateFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
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
    /** The history of a case at approval, as far as the leading group's decision reads it: 陈静 (city-reviewer) passed the re-review. */
    private static final List<Transition> CITY_REVIEWED = List.of(new Transition(CASE, ReviewStage.CITY_REVIEW, ReviewStage.APPROVAL,
            CaseAction.CITY_APPROVED, "city-reviewer", NOV_18, "复审通过。"));

    private static final DistrictDecisionRequest SELECT_AND_RECOMMEND = new DistrictDecisionRequest(true, true, "材料齐全，实地查验属实，推荐申报市级。");
    private static final DistrictDecisionRequest SELECT_ONLY = new DistrictDecisionRequest(true, false, "达到区级标准。");
    private static final DistrictDecisionRequest NOT_SELECTED = new DistrictDecisionRequest(false, false, "培训记录不完整，无法核实 2022 年度培训人数。");
    private static final Optional<Precheck> PENDING = Optional.empty();
    private static final Optional<Precheck> MET_BOTH = assessed(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
    private static final Optional<Precheck> MET_DISTRICT = assessed(Set.of(BrandLevel.DISTRICT));
    private static final Optional<Precheck> MET_NONE = assessed(Set.of());
    private static final Optional<InspectionOutcome> CONFIRMED = Optional.of(new InspectionOutcome(LocalDate.of(2022, 11, 17), true,
            "现场核查培训场地、培训台账及花名册，与申报材料一致，查验属实。"));
    private static final Optional<InspectionOutcome> NOT_INSPECTED = Optional.empty();
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
                .when(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
                    assertThat(c.noticeLevels()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
                })
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().action()).isEqualTo(CaseAction.DISTRICT_SELECTED))
                .expectEvents(new DistrictDecisionMade(CASE, submitted.applicationId(), "912102440580649631", "210211",
                        "大连甘井子金港家政服务师劳务品牌", true, true, "材料齐全，实地查验属实，推荐申报市级。", DISTRICT_REVIEWER, NOV_18));
    }

    @Test
    void aCaseTheDistrictDoesNotSelectEndsThereAndTheUnitReadsTheReasonInApplicationRejected() {
        given(opened())
                .when(c -> c.decideAtDistrict(NOT_SELECTED, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED))
                .expectOutcome((ReviewCase.Moved moved) -> {
                    assertThat(moved.events().stream().map(event -> event.definition().type()))
                            .containsExactly("DistrictDecisionMade", "ApplicationRejected");
                    assertThat(((DistrictDecisionMade) moved.events().get(0).payload()).districtLevelSelected()).isFalse();
                    ApplicationRejected rejected = (ApplicationRejected) moved.events().get(1).payload();
                    assertThat(rejected.stage()).isEqualTo("DISTRICT_REVIEW");
                    assertThat(rejected.reason()).isEqualTo("培训记录不完整，无法核实 2022 年度培训人数。");
                });
    }

    @Test
    void notSelectingNeedsAReasonOfAtLeastASentence() {
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(false, false, "不符合。"), MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.REASON_REQUIRED, "至少 10 个字");
    }

    @Test
    void noDecisionWhileThePrecheckHasNotArrived() {
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, PENDING, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.PRECHECK_PENDING);
    }

    @Test
    void noDecisionBeforeTheOnSiteInspectionIsConcluded() {
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, MET_BOTH, NOT_INSPECTED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.INSPECTION_REQUIRED);
    }

    @Test
    void anInspectionThatDidNotConfirmTheApplicationAllowsNoSelection() {
        Optional<InspectionOutcome> notConfirmed = Optional.of(new InspectionOutcome(LocalDate.of(2022, 11, 17), false,
                "现场未见培训场地，培训台账与花名册人员不符。"));

        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, MET_BOTH, notConfirmed, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.INSPECTION_NOT_CONFIRMED);
        given(opened())
                .when(c -> c.decideAtDistrict(NOT_SELECTED, MET_BOTH, notConfirmed, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED));
    }

    @Test
    void theDistrictLevelIsSelectedOnlyWhenThePrecheckMetIt() {
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, MET_NONE, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.LEVEL_NOT_MET, "区级");
    }

    @Test
    void theCityLevelIsRecommendedOnlyWhenThePrecheckMetIt() {
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_DISTRICT, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.LEVEL_NOT_MET, "市级");
        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, MET_DISTRICT, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.noticeLevels()).containsExactly(BrandLevel.DISTRICT));
    }

    @Test
    void aReviewerOverridesThePrecheckWithAWrittenReasonThatTheHistoryKeepsForTheNextStage() {
        String reason = "预审按花名册剔除了 40 名外市务工人员，经实地查验其均在大连市内就业，实际就业人数达到市级标准。";
        DistrictDecisionRequest overriding = new DistrictDecisionRequest(true, true, "推荐申报市级。", reason, null);

        given(opened())
                .when(c -> c.decideAtDistrict(overriding, MET_DISTRICT, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.districtDecision().overrideReason()).isEqualTo(reason))
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().comment())
                        .isEqualTo("推荐申报市级。\n【未达预审标准仍予通过的理由】" + reason));
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(true, true, null, "已核实。", null), MET_DISTRICT, CONFIRMED,
                        DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.REASON_REQUIRED);
    }

    @Test
    void lostDisputeCasesNeedTheReviewersWrittenJudgementBeforeSelection() {
        Optional<Precheck> lostCases = assessed(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                new EligibilityAssessed.RiskFlag("LOST_DISPUTE_CASES", "2022 年有 1 件劳动人事争议败诉案件，需评审人员书面研判。", false));
        String judgement = "败诉案件系 2022 年 3 月一名员工加班费争议，单位已足额支付并完善了考勤制度，不影响认定。";

        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, lostCases, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.REASON_REQUIRED, "研判意见");
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(true, false, "达到区级标准。", null, judgement), lostCases, CONFIRMED,
                        DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.districtDecision().judgement()).isEqualTo(judgement));
    }

    @Test
    void theCityLevelCannotBeRecommendedForAUnitThatDidNotApplyForIt() {
        given(opened(Set.of(BrandLevel.DISTRICT)))
                .when(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.CITY_LEVEL_NOT_REQUESTED);
    }

    @Test
    void theCityLevelCannotBeRecommendedWithoutSelectingTheDistrictLevel() {
        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(false, true, null), MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.NOT_SELECTED);
    }

    @Test
    void aUnitWithAnUnfinishedRectificationCannotBeSelected() {
        Optional<Precheck> blocking = Optional.of(Precheck.of(SampleEvents.eligibilityAssessed(submitted.applicationId(), true)));

        given(opened())
                .when(c -> c.decideAtDistrict(SELECT_ONLY, blocking, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.BLOCKED_BY_RISK);
    }

    @Test
    void noReasonLiftsTheBlockOfAnUnfinishedRectification() {
        Optional<Precheck> blocking = Optional.of(Precheck.of(SampleEvents.eligibilityAssessed(submitted.applicationId(), true)));

        given(opened())
                .when(c -> c.decideAtDistrict(new DistrictDecisionRequest(true, false, null, "整改已基本完成，预计下月验收，建议先行入选。", null),
                        blocking, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.BLOCKED_BY_RISK);
    }

    @Test
    void aDistrictDecisionIsMadeOnce() {
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_ONLY, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .when(c -> c.decideAtDistrict(NOT_SELECTED, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "不能重复作出");
    }

    @Test
    void theNoticeOfASelectedBrandNamesItsLevelsAndWindowInPublicityStarted() {
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
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
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, "核准为市级。"), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20),
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
    void whoPassedTheCitysReReviewCannotAlsoCertifyTheCaseEvenHoldingTheLeadingGroupRole() {
        // given a case 陈静 (city-reviewer) passed at the city's re-review, she being a member of the leading group office too
        given(atApproval())
                // when she certifies it herself
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, "核准为市级。"), MET_BOTH, CITY_REVIEWED, BRAND,
                        LocalDate.of(2022, 12, 20), "city-reviewer", DEC_20))
                // then it is refused: a certification needs a second person
                .expectRefusal(ReviewProblem.SAME_PERSON_REVIEWED, "市级复审");
    }

    @Test
    void whoPassedTheCitysReReviewMayStillRefuseToCertify() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(false, null, "复核发现品牌带动就业人数与台账不符，不予认定。"), MET_BOTH, CITY_REVIEWED, BRAND,
                        LocalDate.of(2022, 12, 20), "city-reviewer", DEC_20))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED));
    }

    @Test
    void theLeadingGroupCertifiesAtDistrictLevelWhatTheDistrictOnlySelected() {
        given(atApproval(SELECT_ONLY))
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.DISTRICT, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20),
                        "leading-group", DEC_20))
                .expectState(c -> assertThat(c.certifiedLevel()).isEqualTo(BrandLevel.DISTRICT))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.level()).isEqualTo(BrandLevel.DISTRICT));
    }

    @Test
    void theLeadingGroupCannotCertifyAtCityLevelWhatTheDistrictDidNotRecommend() {
        given(atApproval(SELECT_ONLY))
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.LEVEL_NOT_RECOMMENDED);
    }

    @Test
    void anApprovalNamesTheLevel() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(true, null, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.LEVEL_REQUIRED);
    }

    @Test
    void aBrandTheLeadingGroupDoesNotCertifyIsRejectedWithItsReason() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(false, null, "品牌认知度不足，市场占有率低于同类品牌。"), MET_BOTH, CITY_REVIEWED, BRAND,
                        LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED))
                .expectEvents(new ApplicationRejected(CASE, submitted.applicationId(), "2022", "912102440580649631", "大连金港人力资源服务有限公司",
                        "210211", "大连甘井子金港家政服务师劳务品牌", "APPROVAL", "品牌认知度不足，市场占有率低于同类品牌。", "leading-group", DEC_20));
    }

    @Test
    void theLeadingGroupCertifiesOnlyAtALevelThePrecheckMetUnlessItWritesWhy() {
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), MET_DISTRICT, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20),
                        "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.LEVEL_NOT_MET, "市级");
        given(atApproval())
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, "核准为市级。", "领导小组会议研究认为该品牌对口帮扶成效突出，同意破格认定为市级。"),
                        MET_DISTRICT, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectState(c -> assertThat(c.certifiedLevel()).isEqualTo(BrandLevel.CITY))
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().comment()).contains("破格认定为市级"));
    }

    @Test
    void theCityReReviewThatDoesNotPassRejectsWithAReason() {
        given(forwarded())
                .when(c -> c.reviewAtCity(new CityReviewRequest(false, "不行。"), "city-reviewer", NOV_18))
                .expectRefusal(ReviewProblem.REASON_REQUIRED);
        given(forwarded())
                .when(c -> c.reviewAtCity(new CityReviewRequest(false, "复审发现培训台账与花名册人数不符，不予通过。"), "city-reviewer", NOV_18))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED);
                    assertThat(c.isForwarded()).isTrue();
                })
                .expectEvent(ReviewEvents.APPLICATION_REJECTED, CASE, rejected -> assertThat(rejected.stage()).isEqualTo("CITY_REVIEW"));
    }

    @Test
    void theOfficeWorkingOnTheCaseRejectsItAtAnyStageWithAReason() {
        String reason = "经核查，申报单位提供的有组织输出协议系伪造，不予通过。";
        given(opened())
                .when(c -> c.reject(ReviewOffice.DISTRICT, reason, DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED))
                .expectOutcome((ReviewCase.Moved moved) -> assertThat(moved.transition().action()).isEqualTo(CaseAction.REJECTED))
                .expectEvent(ReviewEvents.APPLICATION_REJECTED, CASE, rejected -> assertThat(rejected.reason()).isEqualTo(reason));
        given(underNotice())
                .when(c -> c.reject(ReviewOffice.DISTRICT, reason, DISTRICT_REVIEWER, NOV_18))
                .expectEvent(ReviewEvents.APPLICATION_REJECTED, CASE, rejected -> assertThat(rejected.stage()).isEqualTo("PUBLICITY"));
        given(atApproval())
                .when(c -> c.reject(ReviewOffice.LEADING_GROUP, reason, "leading-group", DEC_20))
                .expectState(c -> assertThat(c.stage()).isEqualTo(ReviewStage.REJECTED));
    }

    @Test
    void onlyTheOfficeWorkingOnTheCaseRejectsIt() {
        given(forwarded())
                .when(c -> c.reject(ReviewOffice.DISTRICT, "经核查，申报材料存在虚假内容，不予通过。", DISTRICT_REVIEWER, NOV_18))
                .expectRefusal(ReviewProblem.NOT_YOUR_STAGE, "市人社部门");
        given(atApproval()).andGiven(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20),
                        "leading-group", DEC_20))
                .when(c -> c.reject(ReviewOffice.LEADING_GROUP, "经核查，申报材料存在虚假内容，不予通过。", "leading-group", DEC_20))
                .expectRefusal(ReviewProblem.WRONG_STAGE, "已认定");
    }

    @Test
    void anObjectionUpheldAgainstTheCityLevelLeavesTheDistrictLevelUnderNotice() {
        given(underNotice())
                .when(c -> c.withdrawCityRecommendation("经调查，该单位 2022 年省外输出人数不足，撤回市级推荐，保留区级。", DISTRICT_REVIEWER, NOV_18))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(ReviewStage.PUBLICITY);
                    assertThat(c.noticeLevels()).containsExactly(BrandLevel.DISTRICT);
                })
                .expectNoEvents();
    }

    @Test
    void theStageClockStartsWhenACaseEntersAStage() {
        Instant nov21 = Instant.parse("2022-11-21T01:00:00Z");
        ReviewCase underNotice = given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_ONLY, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, nov21)).state();

        assertThat(opened().stageEnteredAt()).isEqualTo(NOV_18);
        assertThat(underNotice.stageEnteredAt()).isEqualTo(nov21);
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
        given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_ONLY, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
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
                .andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18))
                .andGiven(c -> c.reviewAtCity(new CityReviewRequest(true, null), "city-reviewer", NOV_18)).state();

        given(atApproval)
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.CITY, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20), "leading-group", DEC_20))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.brandName()).isEqualTo("大连金港家政服务师劳务品牌"));
        given(atApproval)
                .when(c -> c.approve(new ApprovalRequest(true, BrandLevel.DISTRICT, null), MET_BOTH, CITY_REVIEWED, BRAND, LocalDate.of(2022, 12, 20), "leading-group",
                        DEC_20))
                .expectEvent(ReviewEvents.BRAND_CERTIFIED, CASE, certified -> assertThat(certified.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌"));
    }

    private static Optional<Precheck> assessed(Set<BrandLevel> met, EligibilityAssessed.RiskFlag... flags) {
        return Optional.of(Precheck.of(new EligibilityAssessed(UUID.fromString("6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70"), "2022",
                "912102440580649631", "210211", "2022/v1", java.util.List.of(), met, java.util.List.of(flags), NOV_18, "ROSTER")));
    }

    private ReviewCase opened() {
        return ReviewCase.open(CASE, submitted, NOV_18).state();
    }

    private ReviewCase opened(Set<BrandLevel> levels) {
        return ReviewCase.open(CASE, SampleEvents.applicationSubmitted(levels), NOV_18).state();
    }

    private ReviewCase underNotice() {
        return given(opened()).andGiven(c -> c.decideAtDistrict(SELECT_AND_RECOMMEND, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18)).state();
    }

    private ReviewCase forwarded() {
        return given(underNotice()).andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18)).state();
    }

    private ReviewCase atApproval() {
        return atApproval(SELECT_AND_RECOMMEND);
    }

    private ReviewCase atApproval(DistrictDecisionRequest decision) {
        return given(opened()).andGiven(c -> c.decideAtDistrict(decision, MET_BOTH, CONFIRMED, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.startPublicity(NOV_21_TO_25, DISTRICT_REVIEWER, NOV_18))
                .andGiven(c -> c.endPublicity(LocalDate.of(2022, 11, 25), "system", NOV_18))
                .andGiven(c -> c.reviewAtCity(new CityReviewRequest(true, null), "city-reviewer", NOV_18)).state();
    }
}
