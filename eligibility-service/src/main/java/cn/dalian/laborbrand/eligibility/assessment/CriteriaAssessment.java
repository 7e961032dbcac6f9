package cn.dalian.laborbrand.eligibility.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.CampaignCriteria;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;
import cn.dalian.laborbrand.eligibility.criteria.Threshold;

/**
 * The criteria of 认定标准 applied to an application: every yearly criterion for every year the campaign asks for,
 * the labour-practice conditions once, for each requested level. A year not declared fails its criteria. Risk flags
 * (Attachment 1) are raised whatever the figures: unfinished rectification items ordered by labour inspection block
 * certification; lost dispute cases need a reviewer's written judgement.
 * <p>
 * Counts come from the worker roster, not from the declared totals (counting rules of 认定标准): a submitted application
 * that brought its roster is measured on the roster's counts, each declared figure is held against the counted one,
 * and a declaration the roster does not support is flagged, as are workers another application or brand counts too.
 * Without a roster the declared totals decide, flagged {@code ROSTER_MISSING}. The preview before submission measures
 * the declared figures alone.
 */
public final class CriteriaAssessment {

    /**
     * How far, in percentage points, the roster's exact rate may fall below a declared rate and still support it.
     * Attachment 1 writes rates to one decimal place, and an honest unit rounds half up: every exact rate from 86.45 %
     * on is declared as 86.5 %. So a declared rate is supported exactly when the roster's rate, written as Attachment 1
     * writes rates, is at least the declared one.
     */
    static final BigDecimal RATE_ROUNDING_TOLERANCE_POINTS = new BigDecimal("0.05");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaAssessment() {
    }

    /**
     * The declared figures alone, as the unit's check before submission previews them: nothing is counted, and
     * nothing is said about a roster that cannot have come yet.
     */
    public static Assessment assess(CampaignCriteria criteria, Set<BrandLevel> requested, DeclaredFigures declared) {
        return new Assessment(criteria.campaign().ruleSet(), levels(criteria, requested, declared, Optional.empty()),
                declarationFlags(criteria, declared), Assessment.Basis.DECLARED);
    }

    /**
     * A submitted application: its yearly criteria measured on its roster's counts when it brought one, else on its
     * declared totals with a {@code ROSTER_MISSING} flag.
     */
    public static Assessment assess(CampaignCriteria criteria, Set<BrandLevel> requested, DeclaredFigures declared,
            Optional<RosterFigures> roster) {
        List<Assessment.RiskFlag> flags = new ArrayList<>(declarationFlags(criteria, declared));
        if (roster.isEmpty()) {
            flags.add(new Assessment.RiskFlag("ROSTER_MISSING",
                    "申报书未附务工人员花名册，本次按申报数据预审，各年度人数与比例未经花名册核实。", false));
            return new Assessment(criteria.campaign().ruleSet(), levels(criteria, requested, declared, roster), flags,
                    Assessment.Basis.DECLARED);
        }
        flags.addAll(rosterFlags(criteria, declared, roster.get()));
        return new Assessment(criteria.campaign().ruleSet(), levels(criteria, requested, declared, roster), flags,
                Assessment.Basis.ROSTER);
    }

    private static List<Assessment.LevelOutcome> levels(CampaignCriteria criteria, Set<BrandLevel> requested, DeclaredFigures declared,
            Optional<RosterFigures> roster) {
        List<Assessment.LevelOutcome> levels = new ArrayList<>();
        for (BrandLevel level : BrandLevel.values()) {
            if (requested.contains(level)) {
                levels.add(new Assessment.LevelOutcome(level, criteriaAt(criteria, level, declared, roster)));
            }
        }
        return levels;
    }

    private static List<Assessment.CriterionOutcome> criteriaAt(CampaignCriteria criteria, BrandLevel level, DeclaredFigures figures,
            Optional<RosterFigures> roster) {
        List<Assessment.CriterionOutcome> outcomes = new ArrayList<>();
        for (Criterion criterion : criteria.criteria()) {
            Threshold threshold = criteria.thresholdFor(criterion, level).orElse(null);
            if (threshold == null) {
                continue; // the campaign sets no bar for this criterion at this level
            }
            if (criterion.isYearly()) {
                for (Integer year : criteria.campaign().declaredYears()) {
                    outcomes.add(figures.year(year)
                            .map(declared -> roster.map(counted -> counted(threshold, check(criterion, declared, counted.year(year))))
                                    .orElseGet(() -> yearly(threshold, declared)))
                            .orElseGet(() -> new Assessment.CriterionOutcome(criterion, year, false, "未申报", threshold.describe(),
                                    "未申报 " + year + " 年度数据，无法认定。", null, null)));
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
        return outcome(threshold, year, met, percent(percent));
    }

    private static Assessment.CriterionOutcome fact(Threshold threshold, boolean holds, String declared) {
        return new Assessment.CriterionOutcome(threshold.criterion(), null, holds, declared, threshold.describe(),
                threshold.criterion().label() + "：" + declared + "，" + (holds ? "符合" : "不符合") + threshold.level().label() + "标准。",
                null, null);
    }

    private static Assessment.CriterionOutcome outcome(Threshold threshold, Integer year, boolean met, String declared) {
        String when = year == null ? "" : year + " 年";
        return new Assessment.CriterionOutcome(threshold.criterion(), year, met, declared, threshold.describe(),
                when + threshold.criterion().label() + " " + declared + "，" + reached(met) + threshold.level().label()
                        + "标准（" + threshold.describe() + "）。", null, null);
    }

    /** A yearly criterion measured on the roster's count: the count decides, the declared figure is only compared with it. */
    private static Assessment.CriterionOutcome counted(Threshold threshold, Check check) {
        boolean met = check.figure() != null && threshold.isMetBy(check.figure());
        // "按花名册 1261 人计", "按花名册 86.5% 计"
        String verdict = check.figure() == null ? "" : "按花名册 " + check.counted() + (check.counted().endsWith("人") ? "" : " ") + "计，";
        return new Assessment.CriterionOutcome(threshold.criterion(), check.year(), met, check.declared(), threshold.describe(),
                check.comparison() + "；" + verdict + reached(met) + threshold.level().label() + "标准（" + threshold.describe() + "）。",
                check.counted(), check.supported());
    }

    /**
     * A declared yearly figure held against the roster's count of it.
     *
     * @param figure    what the bar is held against: a head count, or a rate as a fraction; null when the roster has
     *                  nobody to take the rate of
     * @param found     what the roster shows, as a clause ("花名册核实 1261 人")
     */
    private record Check(Criterion criterion, int year, String declared, String counted, BigDecimal figure, boolean supported,
            String found) {

        /** "2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持" */
        String comparison() {
            return year + " 年申报" + criterion.label() + " " + declared + "，" + found + "，申报数据" + (supported ? "得到" : "未得到")
                    + "花名册支持";
        }
    }

    private static Check check(Criterion criterion, DeclaredFigures.Year declared, RosterFigures.Year counted) {
        return switch (criterion) {
            case TRAINED_COUNT -> countedPeople(criterion, declared.year(), declared.trainedCount(), counted.trainedCount());
            case TRAINING_PASS_RATE -> countedRate(criterion, declared.year(), declared.trainingPassRatePercent(),
                    counted.passedCount(), "合格", counted.trainedCount(), "培训");
            case EMPLOYED_COUNT -> countedPeople(criterion, declared.year(), declared.employedCount(), counted.employedCount());
            case SPECIALLY_TRAINED_SHARE -> countedRate(criterion, declared.year(), declared.speciallyTrainedSharePercent(),
                    counted.speciallyTrainedEmployedCount(), "特色培训", counted.employedCount(), "就业");
            default -> throw new IllegalArgumentException(criterion + " is not counted from the roster");
        };
    }

    /** A head count is supported by a roster that counts at least as many people. */
    private static Check countedPeople(Criterion criterion, int year, int declared, int counted) {
        return new Check(criterion, year, declared + " 人", counted + " 人", BigDecimal.valueOf(counted), counted >= declared,
                "花名册核实 " + counted + " 人");
    }

    /**
     * A rate is the roster's part of its whole (passed of trained, specially trained of employed); it supports the
     * declared rate down to {@link #RATE_ROUNDING_TOLERANCE_POINTS} below it. A roster with nobody in the whole has no
     * rate: it supports nothing and meets no bar.
     */
    private static Check countedRate(Criterion criterion, int year, BigDecimal declaredPercent, int part, String partName, int whole,
            String wholeName) {
        String declared = percent(declaredPercent);
        if (whole == 0) {
            return new Check(criterion, year, declared, "无" + wholeName + "人员", null, false,
                    "花名册中无" + wholeName + "人员，无法计算" + criterion.label());
        }
        BigDecimal fraction = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
        BigDecimal exactPercent = fraction.multiply(HUNDRED);
        boolean supported = exactPercent.compareTo(declaredPercent.subtract(RATE_ROUNDING_TOLERANCE_POINTS)) >= 0;
        // written as Attachment 1 writes rates: one decimal place, half up
        String counted = exactPercent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return new Check(criterion, year, declared, counted, fraction, supported,
                "花名册核实 " + counted + "（" + partName + " " + part + " 人 / " + wholeName + " " + whole + " 人）");
    }

    /** Attachment 1's own risks, from the declared figures of each year. */
    private static List<Assessment.RiskFlag> declarationFlags(CampaignCriteria criteria, DeclaredFigures figures) {
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

    /**
     * One flag per declared yearly figure the roster does not support (once, whatever the levels asked), in year and
     * notice order; one for workers that another application or a certified brand counts too.
     */
    private static List<Assessment.RiskFlag> rosterFlags(CampaignCriteria criteria, DeclaredFigures figures, RosterFigures roster) {
        List<Assessment.RiskFlag> flags = new ArrayList<>();
        for (Integer year : criteria.campaign().declaredYears()) {
            figures.year(year).ifPresent(declared -> {
                for (Criterion criterion : criteria.criteria()) {
                    if (!criterion.isYearly()) {
                        continue;
                    }
                    Check check = check(criterion, declared, roster.year(year));
                    if (!check.supported()) {
                        flags.add(new Assessment.RiskFlag("DECLARATION_NOT_SUPPORTED", check.comparison() + "，请核实。", false));
                    }
                }
            });
        }
        if (roster.sharedWorkers() > 0) {
            flags.add(new Assessment.RiskFlag("SHARED_WORKERS",
                    "花名册中有 " + roster.sharedWorkers() + " 名务工人员同时被其他申报或已认定品牌计入，请核实。", false));
        }
        return flags;
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    private static String reached(boolean met) {
        return met ? "达到" : "未达到";
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
