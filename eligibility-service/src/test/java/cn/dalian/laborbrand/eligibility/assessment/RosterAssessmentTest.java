package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;

/** Counts come from the worker roster, not from the declared totals (认定标准, counting rules). */
class RosterAssessmentTest {

    private static final DeclaredFigures.Practice LAWFUL = new DeclaredFigures.Practice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);
    private static final Set<BrandLevel> BOTH = Set.of(BrandLevel.DISTRICT, BrandLevel.CITY);

    /** 大连金港人力资源服务有限公司's Attachment 1: above the city bar in both years, as declared. */
    private static final DeclaredFigures JINGANG = new DeclaredFigures(List.of(
            declared(2021, 1120, "86.5", 1050, "62.0"), declared(2022, 1280, "88.2", 1190, "65.4")), LAWFUL);

    /** Its roster, as application-service counted it: fewer people than declared in both years, the rates as declared. */
    private static final RosterFigures JINGANG_ROSTER = new RosterFigures(List.of(
            new RosterFigures.Year(2021, 1108, 958, 1046, 655), new RosterFigures.Year(2022, 1261, 1112, 1180, 772)), 0);

    @Test
    void aSubmissionWithItsRosterIsMeasuredOnTheRostersCountsAndEachDeclaredFigureIsHeldAgainstTheCountedOne() {
        // given 大连金港 declared 1280 people trained in 2022, and its roster counts 1261

        // when its submission is assessed
        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(JINGANG_ROSTER));

        // then the roster decides, the declaration is not supported, and the reviewer reads both numbers
        assertThat(assessment.basis()).isEqualTo(Assessment.Basis.ROSTER);
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.TRAINED_COUNT, 2022)).satisfies(outcome -> {
            assertThat(outcome.met()).isTrue();
            assertThat(outcome.declared()).isEqualTo("1280 人");
            assertThat(outcome.counted()).isEqualTo("1261 人");
            assertThat(outcome.supported()).isFalse();
            assertThat(outcome.required()).isEqualTo("≥ 1000 人");
            assertThat(outcome.explanation())
                    .isEqualTo("2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持；按花名册 1261 人计，达到市级标准（≥ 1000 人）。");
        });
        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT, BrandLevel.CITY);
    }

    @Test
    void aDeclaredCountAboveTheBarFailsWhenTheRosterCountsFewerThanTheBar() {
        // given 1120 people declared trained in 2021, of whom the roster counts 980 (the others were management or not Dalian's)
        var roster = new RosterFigures(List.of(new RosterFigures.Year(2021, 980, 900, 1046, 655), JINGANG_ROSTER.year(2022)), 0);

        // when
        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(roster));

        // then the city level is not met, the district level is
        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT);
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.TRAINED_COUNT, 2021).explanation())
                .isEqualTo("2021 年申报培训人数 1120 人，花名册核实 980 人，申报数据未得到花名册支持；按花名册 980 人计，未达到市级标准（≥ 1000 人）。");
    }

    @Test
    void aRosterCountingAtLeastTheDeclaredPeopleSupportsTheDeclaration() {
        var declaredExactly = new DeclaredFigures(List.of(declared(2021, 1108, "86.5", 1000, "62"), declared(2022, 1200, "88.2", 1180, "65.4")),
                LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, declaredExactly, Optional.of(JINGANG_ROSTER));

        // 1108 counted for 1108 declared, 1046 counted for 1000 declared
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.TRAINED_COUNT, 2021).supported()).isTrue();
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.EMPLOYED_COUNT, 2021)).satisfies(outcome -> {
            assertThat(outcome.supported()).isTrue();
            assertThat(outcome.explanation())
                    .isEqualTo("2021 年申报自主吸纳或有组织输出就业人数 1000 人，花名册核实 1046 人，申报数据得到花名册支持；按花名册 1046 人计，达到市级标准（≥ 1000 人）。");
        });
        assertThat(assessment.riskFlags()).isEmpty();
    }

    @Test
    void thePassRateIsTheRostersPassedOverItsTrainedWrittenToOneDecimalPlace() {
        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(JINGANG_ROSTER));

        // 958 of 1108 passed: 86.46 %, written 86.5 %
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.TRAINING_PASS_RATE, 2021)).satisfies(outcome -> {
            assertThat(outcome.met()).isTrue();
            assertThat(outcome.declared()).isEqualTo("86.5%");
            assertThat(outcome.counted()).isEqualTo("86.5%");
            assertThat(outcome.supported()).isTrue();
            assertThat(outcome.explanation()).isEqualTo("2021 年申报培训合格率 86.5%，花名册核实 86.5%（合格 958 人 / 培训 1108 人），"
                    + "申报数据得到花名册支持；按花名册 86.5% 计，达到市级标准（> 80%）。");
        });
    }

    @Test
    void aDeclaredRateIsSupportedDownToFiveHundredthsOfAPointBelowItAsAttachmentOneRoundsRatesHalfUp() {
        // given 86.5 % declared; the roster's exact rate 86.45 % (rounds to 86.5 %), and 86.445 % (rounds to 86.4 %)
        var justSupported = rosterWithPassed(17_290, 20_000);
        var justNot = rosterWithPassed(17_289, 20_000);

        // then the first supports the declaration, the second does not
        assertThat(outcome(CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(justSupported)),
                BrandLevel.CITY, Criterion.TRAINING_PASS_RATE, 2021).supported()).isTrue();
        assertThat(outcome(CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(justNot)),
                BrandLevel.CITY, Criterion.TRAINING_PASS_RATE, 2021)).satisfies(outcome -> {
                    assertThat(outcome.supported()).isFalse();
                    assertThat(outcome.counted()).isEqualTo("86.4%");
                });
        assertThat(CriteriaAssessment.RATE_ROUNDING_TOLERANCE_POINTS).isEqualByComparingTo("0.05");
    }

    @Test
    void aRosterPassRateOfExactlyEightyPercentDoesNotExceedEightyPercent() {
        var eighty = new DeclaredFigures(List.of(declared(2021, 1000, "80", 1000, "60"), declared(2022, 1000, "80.1", 1000, "60")), LAWFUL);
        var roster = new RosterFigures(List.of(new RosterFigures.Year(2021, 1000, 800, 1000, 600), new RosterFigures.Year(2022, 1000, 801, 1000, 600)), 0);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), eighty, Optional.of(roster));

        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.TRAINING_PASS_RATE, 2021).met()).isFalse();
        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.TRAINING_PASS_RATE, 2022).met()).isTrue();
    }

    @Test
    void aRosterWithNobodyTrainedHasNoPassRateWhichMeetsNoBarAndSupportsNoDeclaration() {
        var roster = new RosterFigures(List.of(new RosterFigures.Year(2021, 0, 0, 1046, 655), JINGANG_ROSTER.year(2022)), 0);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(roster));

        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.TRAINING_PASS_RATE, 2021)).satisfies(outcome -> {
            assertThat(outcome.met()).isFalse();
            assertThat(outcome.counted()).isEqualTo("无培训人员");
            assertThat(outcome.supported()).isFalse();
            assertThat(outcome.explanation()).isEqualTo(
                    "2021 年申报培训合格率 86.5%，花名册中无培训人员，无法计算培训合格率，申报数据未得到花名册支持；未达到区级标准（> 80%）。");
        });
        assertThat(assessment.levelsMet()).isEmpty();
    }

    @Test
    void theSpeciallyTrainedShareIsTheRostersSpeciallyTrainedOverItsEmployedAndNobodyEmployedMeetsNoBar() {
        var declaredHalf = new DeclaredFigures(List.of(declared(2021, 600, "90", 600, "50"), declared(2022, 600, "90", 600, "50")), LAWFUL);
        var roster = new RosterFigures(List.of(new RosterFigures.Year(2021, 600, 590, 600, 300), new RosterFigures.Year(2022, 600, 590, 0, 0)), 0);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), declaredHalf,
                Optional.of(roster));

        // 300 of 600 employed: exactly the 50 % the bar asks for
        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.SPECIALLY_TRAINED_SHARE, 2021)).satisfies(outcome -> {
            assertThat(outcome.met()).isTrue();
            assertThat(outcome.counted()).isEqualTo("50.0%");
            assertThat(outcome.supported()).isTrue();
        });
        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.SPECIALLY_TRAINED_SHARE, 2022)).satisfies(outcome -> {
            assertThat(outcome.met()).isFalse();
            assertThat(outcome.counted()).isEqualTo("无就业人员");
            assertThat(outcome.supported()).isFalse();
        });
    }

    @Test
    void aDeclaredYearTheRosterLacksCountsNobody() {
        // given a roster of 2022 only
        var roster = new RosterFigures(List.of(JINGANG_ROSTER.year(2022)), 0);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(roster));

        // then every 2021 criterion counts 0 and fails, unsupported
        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.TRAINED_COUNT, 2021)).satisfies(outcome -> {
            assertThat(outcome.counted()).isEqualTo("0 人");
            assertThat(outcome.met()).isFalse();
            assertThat(outcome.supported()).isFalse();
        });
        assertThat(assessment.levels()).allSatisfy(level -> assertThat(level.criteria())
                .filteredOn(outcome -> Integer.valueOf(2021).equals(outcome.year()))
                .allSatisfy(outcome -> assertThat(outcome.met()).isFalse()));
        assertThat(assessment.levelsMet()).isEmpty();
    }

    @Test
    void eachUnsupportedDeclarationIsFlaggedOnceWithBothNumbersWhateverTheLevelsAsked() {
        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(JINGANG_ROSTER));

        // trained and employed fall short of the declaration in both years; the rates are supported
        assertThat(assessment.riskFlags()).containsExactly(
                new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED",
                        "2021 年申报培训人数 1120 人，花名册核实 1108 人，申报数据未得到花名册支持，请核实。", false),
                new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED",
                        "2021 年申报自主吸纳或有组织输出就业人数 1050 人，花名册核实 1046 人，申报数据未得到花名册支持，请核实。", false),
                new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED",
                        "2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持，请核实。", false),
                new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED",
                        "2022 年申报自主吸纳或有组织输出就业人数 1190 人，花名册核实 1180 人，申报数据未得到花名册支持，请核实。", false));
    }

    @Test
    void anUnsupportedRateIsFlaggedWithTheRostersPartAndWhole() {
        var overstated = new DeclaredFigures(List.of(declared(2021, 1100, "92", 1000, "62"), declared(2022, 1200, "88.2", 1180, "65.4")), LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, overstated, Optional.of(JINGANG_ROSTER));

        assertThat(assessment.riskFlags()).containsExactly(new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED",
                "2021 年申报培训合格率 92%，花名册核实 86.5%（合格 958 人 / 培训 1108 人），申报数据未得到花名册支持，请核实。", false));
    }

    @Test
    void workersAnotherApplicationOrBrandCountsTooAreFlaggedForTheReviewer() {
        var shared = new RosterFigures(JINGANG_ROSTER.years(), 3);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(shared));

        assertThat(assessment.riskFlags()).last().isEqualTo(new Assessment.RiskFlag("SHARED_WORKERS",
                "花名册中有 3 名务工人员同时被其他申报或已认定品牌计入，请核实。", false));
        assertThat(CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.of(JINGANG_ROSTER)).riskFlags())
                .extracting(Assessment.RiskFlag::code).doesNotContain("SHARED_WORKERS");
    }

    @Test
    void withoutARosterTheDeclaredTotalsDecideNothingIsCountedAndTheMissingRosterIsFlagged() {
        // given an application submitted without a roster (ApplicationSubmitted before 1.2, or none imported)
        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG, Optional.empty());

        // then it is assessed as before on its declared figures, and the reviewer is told the counts were not checked
        assertThat(assessment.basis()).isEqualTo(Assessment.Basis.DECLARED);
        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT, BrandLevel.CITY);
        assertThat(assessment.levels()).flatExtracting(Assessment.LevelOutcome::criteria).allSatisfy(outcome -> {
            assertThat(outcome.counted()).isNull();
            assertThat(outcome.supported()).isNull();
        });
        assertThat(outcome(assessment, BrandLevel.CITY, Criterion.TRAINED_COUNT, 2022).explanation())
                .isEqualTo("2022 年培训人数 1280 人，达到市级标准（≥ 1000 人）。");
        assertThat(assessment.riskFlags()).containsExactly(new Assessment.RiskFlag("ROSTER_MISSING",
                "申报书未附务工人员花名册，本次按申报数据预审，各年度人数与比例未经花名册核实。", false));
    }

    @Test
    void thePreviewBeforeSubmissionMeasuresTheDeclaredFiguresAndSaysNothingOfARoster() {
        Assessment preview = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, BOTH, JINGANG);

        assertThat(preview.basis()).isEqualTo(Assessment.Basis.DECLARED);
        assertThat(preview.riskFlags()).isEmpty();
        assertThat(preview.levels()).flatExtracting(Assessment.LevelOutcome::criteria)
                .allSatisfy(outcome -> assertThat(outcome.supported()).isNull());
    }

    @Test
    void theLabourPracticeConditionsAndAYearNotDeclaredAreNotCountedFromTheRoster() {
        var only2022 = new DeclaredFigures(List.of(declared(2022, 1280, "88.2", 1190, "65.4")), LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CriteriaAssessmentTest.CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), only2022,
                Optional.of(JINGANG_ROSTER));

        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.TRAINED_COUNT, 2021)).satisfies(outcome -> {
            assertThat(outcome.met()).isFalse();
            assertThat(outcome.explanation()).isEqualTo("未申报 2021 年度数据，无法认定。");
            assertThat(outcome.counted()).isNull();
        });
        assertThat(outcome(assessment, BrandLevel.DISTRICT, Criterion.COLLECTIVE_CONTRACT, null)).satisfies(outcome -> {
            assertThat(outcome.met()).isTrue();
            assertThat(outcome.counted()).isNull();
            assertThat(outcome.supported()).isNull();
        });
    }

    @Test
    void rosterCountsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> new RosterFigures.Year(2021, 1000, 1001, 900, 500)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1001 passed of 1000 trained");
        assertThatThrownBy(() -> new RosterFigures.Year(2021, 1000, 900, 900, 901)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("901 specially trained of 900 employed");
    }

    private static RosterFigures rosterWithPassed(int passed, int trained) {
        return new RosterFigures(List.of(new RosterFigures.Year(2021, trained, passed, 1046, 655), JINGANG_ROSTER.year(2022)), 0);
    }

    private static Assessment.CriterionOutcome outcome(Assessment assessment, BrandLevel level, Criterion criterion, Integer year) {
        return assessment.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow().criteria().stream()
                .filter(outcome -> outcome.criterion() == criterion && java.util.Objects.equals(outcome.year(), year))
                .findFirst().orElseThrow();
    }

    private static DeclaredFigures.Year declared(int year, int trained, String passRate, int employed, String share) {
        return new DeclaredFigures.Year(year, trained, new BigDecimal(passRate), employed, new BigDecimal(share), 0, 0);
    }
}
