package cn.dalian.laborbrand.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * The district HR bureau's decision after its review and on-site check.
 *
 * @param districtLevelSelected whether the unit is selected as a district-level brand
 * @param cityRecommended       whether the bureau recommends it for the city level
 */
public record DistrictDecisionMade(UUID caseId, UUID applicationId, String orgId, String district, String brandName,
        boolean districtLevelSelected, boolean cityRecommended, String comment, String decidedBy, Instant decidedAt) {
}
