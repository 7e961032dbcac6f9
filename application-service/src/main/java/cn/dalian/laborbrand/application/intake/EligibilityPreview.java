package cn.dalian.laborbrand.application.intake;

import java.util.List;
import java.util.Set;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * What eligibility-service's criteria say of the declared figures before submission (预评估), as it answers: the same
 * results an assessment would publish. Advice for the unit: it does not stop a submission.
 *
 * @param available         false when eligibility-service could not be asked; {@code unavailableReason} says why
 * @param levelsMet         the levels asked whose every criterion the figures meet
 */
public record EligibilityPreview(boolean available, String unavailableReason, String ruleSet, List<EligibilityAssessed.LevelResult> levels,
        Set<BrandLevel> levelsMet, List<EligibilityAssessed.RiskFlag> riskFlags) {

    /** The preview as eligibility-service answers it. */
    record Answer(String ruleSet, List<EligibilityAssessed.LevelResult> levels, Set<BrandLevel> levelsMet,
            List<EligibilityAssessed.RiskFlag> riskFlags) {
    }

    static EligibilityPreview of(Answer answer) {
        return new EligibilityPreview(true, null, answer.ruleSet(), answer.levels(), answer.levelsMet(), answer.riskFlags());
    }

    static EligibilityPreview unavailable(String reason) {
        return new EligibilityPreview(false, reason, null, List.of(), Set.of(), List.of());
    }
}
