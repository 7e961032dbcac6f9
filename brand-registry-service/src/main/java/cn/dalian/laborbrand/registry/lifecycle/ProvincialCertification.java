package cn.dalian.laborbrand.registry.lifecycle;

import java.time.LocalDate;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * The province's certification of a brand (省级劳务品牌), recorded here when it arrives: decision reference, date and
 * the stored decision document. An attribute of the brand beside its Dalian level, not a level of its own.
 */
public record ProvincialCertification(String decisionReference, LocalDate decidedOn, String documentReference) {

    /**
     * Which Dalian brands may carry a provincial certification: the one place this rule lives. DOMAIN.md says the
     * province decides and the platform records; the notice makes city-level brands the city's selection among the
     * district-level ones, and the province's candidates come from the city. So a provincial decision is recorded on
     * the brand's CITY certificate; a brand certified at DISTRICT level only is refused until the city certifies it
     * (the unit then holds a city-level record to carry the decision). A district-level record never carries it, so
     * the ¥100,000 provincial subsidy is paid once, against the city-level brand.
     */
    public static void requireEligible(BrandLevel level) {
        if (level != BrandLevel.CITY) {
            throw new PlatformException(LifecycleProblem.PROVINCIAL_NOT_FOR_DISTRICT_LEVEL);
        }
    }
}
