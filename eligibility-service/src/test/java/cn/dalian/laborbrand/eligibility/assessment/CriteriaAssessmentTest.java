package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.Campaign;
import cn.dalian.laborbrand.eligibility.criteria.CampaignCriteria;
import cn.dalian.laborbrand.eligibility.criteria.Comparison;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;
import cn.dalian.laborbrand.eligibility.criteria.Threshold;

class CriteriaAssessmentTest {

    /** The thresholds of 大就办发〔2022〕9号, as V2__campaign_2022.sql seeds them. */
    static final CampaignCriteria CAMPAIGN_2022 = campaign2022();

    private static final DeclaredFigures.Practice LAWFUL = new DeclaredFigures.Practice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);

    @Test
    void aUnitAboveTheCityBarInBothYearsMeetsBothLevels() {
        // given 大连金港人力资源服务有限公司 trained and placed more than 1000 people in 2021 and 2022
        var figures = new DeclaredFigures(List.of(year(2021, 1120, "86.5", 1050, "62"), year(2022, 1280, "88.2", 1190, "65.4")), LAWFUL);

        // when it applies for both levels
        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), figures);

        // then both are met, by the 2022 rules
        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT, BrandLevel.CITY);
        assertThat(assessment.ruleSet()).isEqualTo("2022/v1");
        assertThat(assessment.riskFlags()).isEmpty();
    }

    @Test
    void aUnitBelowTheCityBarInOneYearMeetsOnlyTheDistrictLevelAndIsToldWhy() {
        // given 620 people trained in 2021
        var figures = new DeclaredFigures(List.of(year(2021, 620, "86.5", 1050, "62"), year(2022, 1280, "88.2", 1190, "65.4")), LAWFUL);

        // when
        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), figures);

        // then
        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT);
        assertThat(failures(assessment, BrandLevel.CITY)).singleElement().satisfies(outcome -> {
            assertThat(outcome.criterion()).isEqualTo(Criterion.TRAINED_COUNT);
            assertThat(outcome.year()).isEqualTo(2021);
            assertThat(outcome.declared()).isEqualTo("620 人");
            assertThat(outcome.explanation()).isEqualTo("2021 年培训人数 620 人，未达到市级标准（≥ 1000 人）。");
        });
    }

    @Test
    void aPassRateOfExactlyEightyPercentDoesNotExceedEightyPercent() {
        var figures = new DeclaredFigures(List.of(year(2021, 600, "80.00", 600, "60"), year(2022, 600, "80.01", 600, "60")), LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures);

        assertThat(failures(assessment, BrandLevel.DISTRICT)).singleElement()
                .satisfies(outcome -> assertThat(outcome.criterion()).isEqualTo(Criterion.TRAINING_PASS_RATE))
                .satisfies(outcome -> assertThat(outcome.year()).isEqualTo(2021));
    }

    @Test
    void exactlyFiveHundredPeopleAndHalfSpeciallyTrainedReachTheDistrictBar() {
        var figures = new DeclaredFigures(List.of(year(2021, 500, "81", 500, "50"), year(2022, 500, "81", 500, "50.00")), LAWFUL);

        assertThat(CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures).levelsMet())
                .containsExactly(BrandLevel.DISTRICT);
    }

    @Test
    void aContractRateShortOfOneHundredPercentFailsAtEveryLevel() {
        var practice = new DeclaredFigures.Practice(new BigDecimal("99.5"), new BigDecimal("100"), true, 1, false);
        var figures = new DeclaredFigures(List.of(year(2021, 1500, "90", 1500, "70"), year(2022, 1500, "90", 1500, "70")), practice);

        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), figures);

        assertThat(assessment.levelsMet()).isEmpty();
        assertThat(failures(assessment, BrandLevel.DISTRICT)).singleElement()
                .satisfies(outcome -> assertThat(outcome.explanation()).isEqualTo("劳动合同签订率 99.5%，未达到区级标准（≥ 100%）。"));
    }

    @Test
    void theLabourPracticeConditionsMustAllHold() {
        var practice = new DeclaredFigures.Practice(new BigDecimal("100"), new BigDecimal("100"), false, 0, true);
        var figures = new DeclaredFigures(List.of(year(2021, 800, "90", 800, "70"), year(2022, 800, "90", 800, "70")), practice);

        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures);

        assertThat(failures(assessment, BrandLevel.DISTRICT)).extracting(Assessment.CriterionOutcome::criterion)
                .containsExactlyInAnyOrder(Criterion.COLLECTIVE_CONTRACT, Criterion.LABOUR_RELATIONS_COORDINATOR,
                        Criterion.NO_MASS_LABOUR_DISPUTE);
    }

    @Test
    void aYearNotDeclaredFailsItsCriteria() {
        var figures = new DeclaredFigures(List.of(year(2022, 800, "90", 800, "70")), LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures);

        assertThat(failures(assessment, BrandLevel.DISTRICT)).hasSize(4)
                .allSatisfy(outcome -> assertThat(outcome.explanation()).isEqualTo("未申报 2021 年度数据，无法认定。"));
    }

    @Test
    void unfinishedRectificationsBlockAndLostDisputeCasesAskForJudgementWhateverTheFigures() {
        var figures = new DeclaredFigures(List.of(
                new DeclaredFigures.Year(2021, 800, new BigDecimal("90"), 800, new BigDecimal("70"), 2, 0),
                new DeclaredFigures.Year(2022, 800, new BigDecimal("90"), 800, new BigDecimal("70"), 0, 1)), LAWFUL);

        Assessment assessment = CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures);

        assertThat(assessment.levelsMet()).containsExactly(BrandLevel.DISTRICT);
        assertThat(assessment.riskFlags()).containsExactly(
                new Assessment.RiskFlag("LOST_DISPUTE_CASES", "2021 年有 2 件劳动人事争议败诉案件，需评审人员书面研判。", false),
                new Assessment.RiskFlag("UNFINISHED_RECTIFICATION", "2022 年有 1 项劳动监察部门责令整改未完成事项，整改完成前不能认定。", true));
    }

    @Test
    void onlyTheRequestedLevelsAreAssessed() {
        var figures = new DeclaredFigures(List.of(year(2021, 600, "90", 600, "70"), year(2022, 600, "90", 600, "70")), LAWFUL);

        assertThat(CriteriaAssessment.assess(CAMPAIGN_2022, Set.of(BrandLevel.DISTRICT), figures).levels())
                .extracting(Assessment.LevelOutcome::level).containsExactly(BrandLevel.DISTRICT);
    }

    @Test
    void anApplicationOfACampaignNotYetPublishedIsNotAssessedAgainstYearsNobodyGave() {
        // given the 2026 campaign's thresholds, but no CampaignPublished received for it yet
        var unpublished = new CampaignCriteria(new Campaign("2026", null, null, 1), CAMPAIGN_2022.thresholds());
        var figures = new DeclaredFigures(List.of(year(2021, 1120, "86.5", 1050, "62"), year(2022, 1280, "88.2", 1190, "65.4")), LAWFUL);

        // when an application of it is assessed, then it fails loudly, naming the campaign
        assertThatThrownBy(() -> CriteriaAssessment.assess(unpublished, Set.of(BrandLevel.DISTRICT), figures))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 2026");
    }

    private static List<Assessment.CriterionOutcome> failures(Assessment assessment, BrandLevel level) {
        return assessment.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow()
                .criteria().stream().filter(outcome -> !outcome.met()).toList();
    }

    private static DeclaredFigures.Year year(int year, int trained, String passRate, int employed, String share) {
        return new DeclaredFigures.Year(year, trained, new BigDecimal(passRate), employed, new BigDecimal(share), 0, 0);
    }

    private static CampaignCriteria campaign2022() {
        var campaign = new Campaign("2022", "2022年度劳务品牌申报认定", List.of(2021, 2022), 1);
        List<Threshold> thresholds = new ArrayList<>();
        for (BrandLevel level : BrandLevel.values()) {
            int people = level == BrandLevel.CITY ? 1000 : 500;
            thresholds.add(new Threshold(Criterion.TRAINED_COUNT, level, Comparison.AT_LEAST, BigDecimal.valueOf(people)));
            thresholds.add(new Threshold(Criterion.TRAINING_PASS_RATE, level, Comparison.GREATER_THAN, new BigDecimal("0.80")));
            thresholds.add(new Threshold(Criterion.EMPLOYED_COUNT, level, Comparison.AT_LEAST, BigDecimal.valueOf(people)));
            thresholds.add(new Threshold(Criterion.SPECIALLY_TRAINED_SHARE, level, Comparison.AT_LEAST, new BigDecimal("0.50")));
            thresholds.add(new Threshold(Criterion.CONTRACT_SIGNING_RATE, level, Comparison.AT_LEAST, new BigDecimal("1.00")));
            thresholds.add(new Threshold(Criterion.EMPLOYMENT_FILING_RATE, level, Comparison.AT_LEAST, new BigDecimal("1.00")));
            thresholds.add(new Threshold(Criterion.COLLECTIVE_CONTRACT, level, Comparison.REQUIRED, null));
            thresholds.add(new Threshold(Criterion.LABOUR_RELATIONS_COORDINATOR, level, Comparison.REQUIRED, null));
            thresholds.add(new Threshold(Criterion.NO_MASS_LABOUR_DISPUTE, level, Comparison.REQUIRED, null));
        }
        return new CampaignCriteria(campaign, thresholds);
    }
}
