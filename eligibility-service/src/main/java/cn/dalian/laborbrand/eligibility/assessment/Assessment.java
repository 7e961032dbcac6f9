package cn.dalian.laborbrand.eligibility.assessment;

import java.util.List;
import java.util.Set;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.criteria.Criterion;

/**
 * The outcome of checking an application against its campaign's criteria.
 *
 * @param ruleSet   the campaign and version of the criteria that decided
 * @param levels    one outcome per requested level
 * @param riskFlags what reviewers must look at whatever the figures say
 */
public record Assessment(String ruleSet, List<LevelOutcome> levels, List<RiskFlag> riskFlags) {

    /** The requested levels whose every criterion is met. */
    public Set<BrandLevel> levelsMet() {
        return levels.stream().filter(LevelOutcome::met).map(LevelOutcome::level)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(BrandLevel.class)));
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
     */
    public record CriterionOutcome(Criterion criterion, Integer year, boolean met, String declared, String required,
            String explanation) {

        public String label() {
            return criterion.label();
        }
    }

    /** @param blocking whether it stops certification until resolved */
    public record RiskFlag(String code, String description, boolean blocking) {
    }
}
