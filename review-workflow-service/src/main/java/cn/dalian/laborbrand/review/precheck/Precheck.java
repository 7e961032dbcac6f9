package cn.dalian.laborbrand.review.precheck;

import java.util.Set;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The eligibility pre-check of an application as reviewers use it.
 *
 * @param blocking whether a risk flag stops selection (an unfinished rectification)
 * @param result   the full assessment, criterion by criterion
 */
public record Precheck(Set<BrandLevel> levelsMet, boolean blocking, EligibilityAssessed result) {

    public static Precheck of(EligibilityAssessed assessed) {
        return new Precheck(assessed.levelsMet(), assessed.riskFlags().stream().anyMatch(EligibilityAssessed.RiskFlag::blocking),
                assessed);
    }
}
