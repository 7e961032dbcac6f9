package cn.dalian.laborbrand.application.intake;

import static cn.dalian.laborbrand.platform.test.AggregateFixture.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/** An application on its own: given a draft, when the unit edits, submits, resubmits or withdraws it, then its state, its event or its refusal. */
class ApplicationTest {

    private static final Instant NOV_15 = Instant.parse("2022-11-15T02:30:00Z");
    private static final String JINGANG = "912102440580649631";
    private static final Unit JINGANG_UNIT = new Unit("大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, "大连市甘井子区华北路 236 号", "王建国",
            "0411-86651234");
    private static final LabourPractice PRACTICE = new LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);
    private static final UUID ID = UUID.fromString("6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70");
    private static final SubmissionCheck PASSED = new SubmissionCheck(List.of(), List.of());
    private static final RosterSummary ROSTER = new RosterSummary(UUID.fromString("5b8e2f0c-7a41-4d3e-9c61-2f0a8d7e4b19"),
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2480,
            List.of(new RosterYear(2021, 1190, 1108, 958, 1046, 655, 12, 40, 0), new RosterYear(2022, 1290, 1261, 1112, 1180, 772, 14, 15, 3)), 0);

    @Test
    void aDraftThatPassedEveryCheckIsSubmittedToTheDistrictOfTheProfileAndSaysSoInApplicationSubmitted() {
        given(draft(List.of(year(2021), year(2022)), PRACTICE))
                .when(draft -> draft.submit(PASSED, JINGANG_UNIT, "210211", ROSTER, "applicant-a", NOV_15))
                .expectState(submitted -> {
                    assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(submitted.unit()).isEqualTo(JINGANG_UNIT);
                    assertThat(submitted.submittedBy()).isEqualTo("applicant-a");
                    assertThat(submitted.submittedAt()).isEqualTo(NOV_15);
                })
                .expectEvent(ApplicationEvents.SUBMITTED, ID, event -> {
                    assertThat(event.applicationId()).isEqualTo(ID);
                    assertThat(event.district()).isEqualTo("210211");
                    assertThat(event.unitName()).isEqualTo("大连金港人力资源服务有限公司");
                    assertThat(event.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
                    assertThat(event.cityBrandName()).isEqualTo("大连金港家政服务师劳务品牌");
                    assertThat(event.description()).startsWith("金港家政服务师");
                    assertThat(event.unit().personInCharge()).isEqualTo("王建国");
                    assertThat(event.declaredYears()).extracting(year -> year.year()).containsExactly(2021, 2022);
                    assertThat(event.declaredYears().getFirst().trainedCount()).isEqualTo(1120);
                    assertThat(event.labourPractice().labourRelationsCoordinators()).isEqualTo(2);
                    assertThat(event.submittedAt()).isEqualTo(NOV_15);
                    assertThat(event.roster()).isEqualTo(ROSTER);
                });
    }

    @Test
    void aDraftWithFindingsIsRefusedWithTheWholeList() {
        var findings = new SubmissionCheck(List.of(new SubmissionCheck.Finding("YEAR_MISSING", "declaredYears", "请填写 2021 年度的培训、就业等数据。"),
                new SubmissionCheck.Finding("PLACE_MISSING", "brandName", "区级劳务品牌名称应在“大连”之后写明所在区市县或先导区。")), List.of());

        given(draft(List.of(year(2022)), PRACTICE))
                .when(draft -> draft.submit(findings, JINGANG_UNIT, "210211", ROSTER, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_INCOMPLETE, "以下 2 项")
                .expectRefusal(IntakeProblem.APPLICATION_INCOMPLETE, "2021 年度");
    }

    @Test
    void theCityLevelIsAskedOnlyTogetherWithTheDistrictLevel() {
        assertThatThrownBy(() -> content("大连金港家政服务师劳务品牌", null, Set.of(BrandLevel.CITY), List.of(), PRACTICE))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.CITY_WITHOUT_DISTRICT));
    }

    @Test
    void theDescriptionHoldsTwoThousandCharactersCountedAsAPersonCountsThem() {
        // a character outside the Basic Multilingual Plane (𠀀) is one character, though Java stores it as two chars
        String twoThousand = "金".repeat(1999) + "𠀀";
        assertThat(Application.Content.charactersOf(twoThousand)).isEqualTo(2000);
        assertThat(content("大连甘井子金港家政服务师劳务品牌", twoThousand, Set.of(BrandLevel.DISTRICT), List.of(), PRACTICE).description())
                .hasSize(2001);
        // line breaks are layout, not characters
        assertThat(Application.Content.charactersOf("第一段\n第二段\r\n")).isEqualTo(6);

        assertThatThrownBy(() -> content("大连甘井子金港家政服务师劳务品牌", twoThousand + "。", Set.of(BrandLevel.DISTRICT), List.of(), PRACTICE))
                .satisfies(e -> {
                    assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.DESCRIPTION_TOO_LONG);
                    assertThat(e.getMessage()).contains("当前为 2001 字");
                });
    }

    @Test
    void aSubmittedApplicationCanNeitherBeRevisedNorSubmittedAgain() {
        Application submitted = submitted();

        given(submitted)
                .when(application -> Changed.to(application.revise(application.content(), application.version(), NOV_15)))
                .expectRefusal(IntakeProblem.APPLICATION_NOT_EDITABLE);
        given(submitted)
                .when(application -> application.submit(PASSED, JINGANG_UNIT, "210211", ROSTER, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_NOT_EDITABLE, "不能再次提交");
    }

    @Test
    void whileASupplementIsAskedOnlyTheReopenedPartsMayChange() {
        // given the district reopened the yearly figures only
        Application reopened = submitted().requestSupplement(new Supplement(Set.of(ApplicationPart.DECLARED_YEARS),
                "2022 年度培训合格率与培训台账不一致，请核实。", LocalDate.of(2022, 11, 23)), NOV_15);
        assertThat(reopened.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);

        // when the unit corrects 2022's pass rate, then it is taken
        Application.Content corrected = content(reopened.content().brandName(), reopened.content().description(),
                reopened.content().requestedLevels(), List.of(year(2021), new YearFigures(2022, 1280, new BigDecimal("84.10"), 1190,
                        new BigDecimal("65.40"), 0, 0)), PRACTICE);
        given(reopened)
                .when(application -> Changed.to(application.revise(corrected, 0, NOV_15)))
                .expectState(revised -> assertThat(revised.content().declaredYears().get(1).trainingPassRatePercent()).isEqualByComparingTo("84.10"));

        // but when it also renames the brand, then it is refused naming the part that was not reopened
        Application.Content renamed = content("大连甘井子金港育婴师劳务品牌", reopened.content().description(), reopened.content().requestedLevels(),
                corrected.declaredYears(), PRACTICE);
        given(reopened)
                .when(application -> Changed.to(application.revise(renamed, 0, NOV_15)))
                .expectRefusal(IntakeProblem.PART_NOT_REOPENED, "不能修改：品牌名称");
    }

    @Test
    void aRateWrittenWithMoreDecimalsIsNoChange() {
        Application reopened = submitted().requestSupplement(new Supplement(Set.of(ApplicationPart.DESCRIPTION), "请补充品牌建设历程。",
                LocalDate.of(2022, 11, 23)), NOV_15);
        Application.Content sameFigures = content(reopened.content().brandName(), "金港家政服务师品牌创建于2015年，补充：2022年新增养老护理方向。",
                reopened.content().requestedLevels(), List.of(year(2021), year(2022)),
                new LabourPractice(new BigDecimal("100.00"), new BigDecimal("100.0"), true, 2, false));

        given(reopened)
                .when(application -> Changed.to(application.revise(sameFigures, 0, NOV_15)))
                .expectState(revised -> assertThat(revised.content().description()).contains("养老护理"));
    }

    @Test
    void theSupplementedApplicationIsResubmittedAsRoundOneAndSaysWhichPartsWereReopened() {
        Application reopened = submitted().requestSupplement(new Supplement(Set.of(ApplicationPart.DECLARED_YEARS), "请核实。",
                LocalDate.of(2022, 11, 23)), NOV_15);

        given(reopened)
                .when(application -> application.resubmit(PASSED, JINGANG_UNIT, ROSTER, "applicant-a", NOV_15.plusSeconds(86_400)))
                .expectState(resubmitted -> {
                    assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(resubmitted.resubmissionRound()).isEqualTo(1);
                    assertThat(resubmitted.supplement()).isNull();
                })
                .expectEvent(ApplicationEvents.RESUBMITTED, ID, event -> {
                    assertThat(event.round()).isEqualTo(1);
                    assertThat(event.reopenedParts()).containsExactly(ApplicationPart.DECLARED_YEARS);
                    assertThat(event.application().district()).isEqualTo("210211");
                });
    }

    @Test
    void nothingIsResubmittedThatWasNotAskedFor() {
        given(submitted())
                .when(application -> application.resubmit(PASSED, JINGANG_UNIT, ROSTER, "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.APPLICATION_NOT_EDITABLE, "未要求补充材料");
    }

    @Test
    void theUnitMayWithdrawUntilTheDistrictDecides() {
        given(submitted())
                .when(application -> application.withdraw(" 品牌名称需重新论证，本年度暂不申报。 ", "applicant-a", NOV_15))
                .expectState(withdrawn -> {
                    assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
                    assertThat(withdrawn.withdrawnReason()).isEqualTo("品牌名称需重新论证，本年度暂不申报。");
                })
                .expectEvent(ApplicationEvents.WITHDRAWN, ID, event -> assertThat(event.reason()).isEqualTo("品牌名称需重新论证，本年度暂不申报。"));

        given(submitted().decided(NOV_15))
                .when(application -> application.withdraw("不再申报", "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.NOT_WITHDRAWABLE, "已作出决定");
        given(draft(List.of(), PRACTICE))
                .when(application -> application.withdraw("不再申报", "applicant-a", NOV_15))
                .expectRefusal(IntakeProblem.NOT_WITHDRAWABLE, "无需撤回");
    }

    @Test
    void aWithdrawnApplicationStaysWithdrawnWhenADecisionArrivesLate() {
        Application withdrawn = submitted().withdraw("不再申报", "applicant-a", NOV_15).state();

        assertThat(withdrawn.decided(NOV_15)).isSameAs(withdrawn);
    }

    @Test
    void anApplicationIsUnderReviewFromItsSubmissionThroughTheDecisionButNotAsADraftNorOnceWithdrawn() {
        assertThat(draft(List.of(), PRACTICE).underReview()).isFalse();
        assertThat(submitted().underReview()).isTrue();
        assertThat(submitted().decided(NOV_15).underReview()).isTrue();
        assertThat(submitted().withdraw("不再申报", "applicant-a", NOV_15).state().underReview()).isFalse();
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedInsteadOfOverwritingTheNewerOne() {
        // given a draft another person of the unit has saved since it was read (version 3 stored, version 2 edited)
        Application stored = draft(List.of(), PRACTICE).atVersion(3);

        given(stored)
                .when(draft -> Changed.to(draft.revise(draft.content(), 2, NOV_15)))
                .expectRefusal(ProblemCode.PRECONDITION_FAILED, "您编辑的是第 2 版，当前为第 3 版");
        given(stored)
                .when(draft -> Changed.to(draft.revise(draft.content(), 3, NOV_15)))
                .expectState(revised -> assertThat(revised.version()).isEqualTo(3))
                .expectNoEvents();
    }

    @Test
    void aYearCannotBeDeclaredTwiceAndYearsAreKeptInOrder() {
        assertThatThrownBy(() -> draft(List.of(year(2021), year(2021)), PRACTICE))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(IntakeProblem.DUPLICATE_YEAR));
        assertThat(draft(List.of(year(2022), year(2021)), PRACTICE).content().declaredYears())
                .extracting(YearFigures::year).containsExactly(2021, 2022);
    }

    @Test
    void aCityLevelNameWithoutTheCityLevelIsDropped() {
        var content = new Application.Content("大连甘井子金港家政服务师劳务品牌", "大连金港家政服务师劳务品牌", null, Set.of(BrandLevel.DISTRICT),
                List.of(), PRACTICE);
        assertThat(content.cityBrandName()).isNull();
    }

    private static Application submitted() {
        return draft(List.of(year(2021), year(2022)), PRACTICE).submit(PASSED, JINGANG_UNIT, "210211", ROSTER, "applicant-a", NOV_15).state();
    }

    private static Application draft(List<YearFigures> years, LabourPractice practice) {
        return Application.draft(ID, "2022", JINGANG, "210211", "applicant-a",
                content(" 大连甘井子金港家政服务师劳务品牌 ", "金港家政服务师品牌创建于2015年，面向城乡劳动者开展母婴护理、养老护理等特色培训。",
                        Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), years, practice),
                NOV_15);
    }

    private static Application.Content content(String brandName, String description, Set<BrandLevel> levels, List<YearFigures> years,
            LabourPractice practice) {
        return new Application.Content(brandName, levels.contains(BrandLevel.CITY) ? "大连金港家政服务师劳务品牌" : null, description, levels, years,
                practice);
    }

    private static YearFigures year(int year) {
        return new YearFigures(year, 1120, new BigDecimal("86.50"), 1050, new BigDecimal("62.00"), 0, 0);
    }
}
