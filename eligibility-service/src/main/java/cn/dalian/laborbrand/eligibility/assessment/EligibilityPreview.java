package cn.dalian.laborbrand.eligibility.assessment;

import java.util.List;
import java.util.Set;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * What the criteria would say of the declared figures, were they submitted now: the same results an assessment
 * publishes, stored nowhere.
 */
public record EligibilityPreview(String ruleSet, List<EligibilityAssessed.LevelResult> levels, Set<BrandLevel> levelsMet,
        List<EligibilityAssessed.RiskFlag> riskFlags) {
}
