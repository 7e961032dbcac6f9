package cn.dalian.laborbrand.eligibility.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A campaign's criteria as applicants and reviewers read them: one row per criterion, one column per level. */
public record CriteriaView(CampaignView campaign, List<CriterionView> criteria) {

    public record CampaignView(String code, String title, String noticeReference, String ruleSet, List<Integer> declaredYears,
            LocalDate applicationDeadline, LocalDate forwardingDeadline) {
    }

    public record CriterionView(Criterion criterion, String label, Criterion.Measure measure,
            Map<BrandLevel, ThresholdView> levels) {
    }

    /** @param text the bar in words, e.g. "≥ 1000 人" */
    public record ThresholdView(Comparison comparison, BigDecimal value, String text) {
    }
}
