package cn.dalian.laborbrand.eligibility.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.CampaignCriteria;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;
import cn.dalian.laborbrand.eligibility.criteria.Threshold;

/**
 * The criteria of 认定标准 applied to an application's declared figures: every yearly criterion for
 * every year the campaign asks for, the labour-practice conditions once, for each requested level. A year
 * not declared fails its criteria. Risk flags (Attachment 1) are raised whatever the figures: unfinished
 * rectification items ordered by labour inspection block certification; lost dispute cases need a
 * reviewer's written judgement.
 */
public final class CriteriaAssessment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaAssessment() {
    }

    public static Assessment assess(CampaignCriteria criteria, Set<BrandLevel> requested, DeclaredFigures figures) {
        List<Assessment.LevelOutcome> levels = new ArrayList<>();
        for (BrandLevel level : BrandLevel.values()) {
            if (requested.contains(level)) {
                levels.add(new Assessment.LevelOutcome(level, criteriaAt(criteria, level, figures)));
            }
        }
        return new Assessment(criteria.campaign().ruleSet(), levels, riskFlags(criteria, figures));
    }

    private static List<Assessment.CriterionOutcome> criteriaAt(CampaignCriteria criteria, BrandLevel level, DeclaredFigures figures) {
        List<Assessment.CriterionOutcome> outcomes = new ArrayList<>();
        for (Criterion criterion : criteria.criteria()) {
            Threshold threshold = criteria.thresholdFor(criterion, level).orElse(null);
            if (threshold == null) {
                continue; // the campaign sets no bar for this criterion at this level
            }
            if (criterion.isYearly()) {
                for (Integer year : criteria.campaign().declaredYears()) {
                    outcomes.add(figures.year(year)
                            .map(declared -> yearly(threshold, declared))
                            .orElseGet(() -> new Assessment.CriterionOutcome(criterion, year, false, "未申报", threshold.describe(),
                                    "未申报 " + year + " 年度数据，无法认定。")));
                }
            } else {
                outcomes.add(practice(threshold, figures.practice()));
            }
        }
        return outcomes;
    }

    private static Assessment.CriterionOutcome yearly(Threshold threshold, DeclaredFigures.Year declared) {
        return switch (threshold.criterion()) {
            case TRAINED_COUNT -> count(threshold, declared.year(), declared.trainedCount());
            case TRAINING_PASS_RATE -> rate(threshold, declared.year(), declared.trainingPassRatePercent());
            case EMPLOYED_COUNT -> count(threshold, declared.year(), declared.employedCount());
            case SPECIALLY_TRAINED_SHARE -> rate(threshold, declared.year(), declared.speciallyTrainedSharePercent());
            default -> throw new IllegalArgumentException(threshold.criterion() + " is not yearly");
        };
    }

    private static Assessment.CriterionOutcome practice(Threshold threshold, DeclaredFigures.Practice practice) {
        return switch (threshold.criterion()) {
            case CONTRACT_SIGNING_RATE -> rate(threshold, null, practice.contractSigningRatePercent());
            case EMPLOYMENT_FILING_RATE -> rate(threshold, null, practice.employmentFilingRatePercent());
            case COLLECTIVE_CONTRACT -> fact(threshold, practice.collectiveContractInForce(), yesNo(practice.collectiveContractInForce()));
            case LABOUR_RELATIONS_COORDINATOR -> fact(threshold, practice.labourRelationsCoordinators() >= 1,
                    practice.labourRelationsCoordinators() + " 名");
            case NO_MASS_LABOUR_DISPUTE -> fact(threshold, !practice.massLabourDisputeOccurred(),
                    practice.massLabourDisputeOccurred() ? "发生过" : "未发生");
            default -> throw new IllegalArgumentException(threshold.criterion() + " is yearly");
        };
    }

    private static Assessment.CriterionOutcome count(Threshold threshold, int year, int people) {
        boolean met = threshold.isMetBy(BigDecimal.valueOf(people));
        return outcome(threshold, year, met, people + " 人");
    }

    private static Assessment.CriterionOutcome rate(Threshold threshold, Integer year, BigDecimal percent) {
        boolean met = threshold.isMetBy(percent.divide(HUNDRED));
        return outcome(threshold, year, met, percent.stripTrailingZeros().toPlainString() + "%");
    }

    private static Assessment.CriterionOutcome fact(Threshold threshold, boolean holds, String declared) {
        return new Assessment.CriterionOutcome(threshold.criterion(), null, holds, declared, threshold.describe(),
                threshold.criterion().label() + "：" + declared + "，" + (holds ? "符合" : "不符合") + threshold.level().label() + "标准。");
    }

    private static Assessment.CriterionOutcome outcome(Threshold threshold, Integer year, boolean met, String declared) {
        String when = year == null ? "" : year + " 年";
        return new Assessment.CriterionOutcome(threshold.criterion(), year, met, declared, threshold.describe(),
                when + threshold.criterion().label() + " " + declared + "，" + (met ? "达到" : "未达到") + threshold.level().label()
                        + "标准（" + threshold.describe() + "）。");
    }

    private static List<Assessment.RiskFlag> riskFlags(CampaignCriteria criteria, DeclaredFigures figures) {
        List<Assessment.RiskFlag> flags = new ArrayList<>();
        for (Integer year : criteria.campaign().declaredYears()) {
            figures.year(year).ifPresent(declared -> {
                if (declared.unfinishedRectifications() > 0) {
                    flags.add(new Assessment.RiskFlag("UNFINISHED_RECTIFICATION", year + " 年有 " + declared.unfinishedRectifications()
                            + " 项劳动监察部门责令整改未完成事项，整改完成前不能认定。", true));
                }
                if (declared.lostDisputeCases() > 0) {
                    flags.add(new Assessment.RiskFlag("LOST_DISPUTE_CASES", year + " 年有 " + declared.lostDisputeCases()
                            + " 件劳动人事争议败诉案件，需评审人员书面研判。", false));
                }
            });
        }
        return flags;
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
