package cn.dalian.laborbrand.eligibility.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A campaign's criteria as applicants and reviewers read them: one row per criterion, one column per level. */
public record CriteriaView(CampaignView campaign, List<CriterionView> criteria) {

    /**
     * The campaign the criteria belong to; its deadlines and notice are application-service's to show.
     *
     * @param title         null while the campaign has not been published to this service yet
     * @param declaredYears null while the campaign has not been published to this service yet
     */
    public record CampaignView(String code, String title, String ruleSet, List<Integer> declaredYears) {
    }

    public record CriterionView(Criterion criterion, String label, Criterion.Measure measure,
            Map<BrandLevel, ThresholdView> levels) {
    }

    /** @param text the bar in words, e.g. "≥ 1000 人" */
    public record ThresholdView(Comparison comparison, BigDecimal value, String text) {
    }
}
