package cn.dalian.laborbrand.review.casework;

import java.time.Instant;

/**
 * What the district bureau decided after its review and on-site check.
 *
 * @param districtLevelSelected selected as a district-level brand (区级)
 * @param cityRecommended       recommended for the city level (市级)
 */
public record DistrictDecision(boolean districtLevelSelected, boolean cityRecommended, String comment, String decidedBy,
        Instant decidedAt) {
}
