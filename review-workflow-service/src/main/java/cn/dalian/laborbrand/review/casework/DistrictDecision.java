package cn.dalian.laborbrand.review.casework;

import java.time.Instant;

/**
 * What the district bureau decided after its review and on-site check.
 *
 * @param districtLevelSelected selected as a district-level brand (区级)
 * @param cityRecommended       recommended for the city level (市级)
 * @param overrideReason        why a level was chosen that the pre-check did not find met; null when none was; the city
 *                              bureau and the leading group office read it
 * @param judgement             the written judgement of the unit's lost dispute cases (研判意见); null when it had none
 */
public record DistrictDecision(boolean districtLevelSelected, boolean cityRecommended, String comment, String decidedBy,
        Instant decidedAt, String overrideReason, String judgement) {

    /** The same decision without the city-level recommendation (an objection upheld against that level). */
    DistrictDecision withoutCityRecommendation() {
        return new DistrictDecision(districtLevelSelected, false, comment, decidedBy, decidedAt, overrideReason, judgement);
    }
}
