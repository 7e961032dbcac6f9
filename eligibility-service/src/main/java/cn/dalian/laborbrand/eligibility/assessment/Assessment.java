package cn.dalian.laborbrand.eligibility.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;

/**
 * The outcome of checking an application against its campaign's criteria.
 *
 * @param ruleSet   the campaign and version of the criteria that decided
 * @param levels    one outcome per requested level
 * @param riskFlags what reviewers must look at whatever the figures say
 * @param basis     what the yearly criteria were measured on
 */
public record Assessment(String ruleSet, List<LevelOutcome> levels, List<RiskFlag> riskFlags, Basis basis) {

    /** What the yearly counts of an assessment come from. */
    public enum Basis {
        /** The worker roster the unit imported, counted by the counting rules: the declared totals are only compared with it. */
        ROSTER,
        /** The declared totals of Attachment 1: no roster came (or the figures are only previewed before submission). */
        DECLARED
    }

    /** The requested levels whose every criterion is met. */
    public Set<BrandLevel> levelsMet() {
        return levels.stream().filter(LevelOutcome::met).map(LevelOutcome::level)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BrandLevel.class)));
    }

    public record LevelOutcome(BrandLevel level, List<CriterionOutcome> criteria) {

        public boolean met() {
            return criteria.stream().allMatch(CriterionOutcome::met);
        }
    }

    /**
     * @param year        the declared year, or null for a condition that is not yearly
     * @param declared    the figure as a person reads it ("1120 人", "86.5%", "是")
     * @param required    the bar ("≥ 1000 人")
     * @param explanation why it is met or not, in Chinese
     * @param counted     the roster's figure as a person reads it ("1108 人", "86.4%"), when the criterion was measured on
     *                    the roster; null otherwise
     * @param supported   whether the roster supports the declared figure; null when nothing was counted
     */
    public record CriterionOutcome(Criterion criterion, Integer year, boolean met, String declared, String required,
            String explanation, String counted, Boolean supported) {

        public String label() {
            return criterion.label();
        }
    }

    /** @param blocking whether it stops certification until resolved */
    public record RiskFlag(String code, String description, boolean blocking) {
    }
}
