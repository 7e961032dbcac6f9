package cn.dalian.laborbrand.contracts.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.AddedIn;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The result of checking an application's declared figures against its campaign's criteria, for every
 * requested level: each criterion of each year, met or not, with the explanation a reviewer reads.
 *
 * @param ruleSet   which rules decided: the campaign and the version of the criteria (e.g. {@code 2022/v1})
 * @param levelsMet the requested levels whose every criterion is met
 * @param riskFlags what reviewers must look at whatever the figures say
 * @param basis     what the yearly counts were assessed on: {@code ROSTER} (the imported roster) or {@code DECLARED}
 *                  (the declared totals, when no roster came with the application) (1.1)
 */
public record EligibilityAssessed(UUID applicationId, String campaign, String orgId, String district, String ruleSet,
        List<LevelResult> levels, Set<BrandLevel> levelsMet, List<RiskFlag> riskFlags, Instant assessedAt,
        @AddedIn("1.1") String basis) {

    public record LevelResult(BrandLevel level, boolean met, List<CriterionResult> criteria) {
    }

    /**
     * @param year        the declared year, or null for a criterion that is not yearly
     * @param declared    the declared figure as a person reads it, e.g. "1200 人", "85.5%", "是"
     * @param required    the bar, e.g. "≥ 1000 人"
     * @param explanation why it is met or not, in Chinese
     * @param counted     the figure the roster gives, as a person reads it, when the criterion is counted from it (1.1)
     * @param supported   whether the roster supports the declared figure; null when nothing was counted (1.1)
     */
    public record CriterionResult(String criterion, String label, Integer year, boolean met, String declared,
            String required, String explanation, @AddedIn("1.1") String counted, @AddedIn("1.1") Boolean supported) {
    }

    /** @param blocking whether it stops certification unless resolved */
    public record RiskFlag(String code, String description, boolean blocking) {
    }
}
