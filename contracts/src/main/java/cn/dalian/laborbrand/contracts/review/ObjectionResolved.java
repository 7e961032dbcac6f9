package cn.dalian.laborbrand.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * The district has investigated an objection: upheld (the case is rejected, or its city-level recommendation withdrawn)
 * or dismissed (the case goes on). Subject: the review case id.
 *
 * @param outcome {@code UPHELD_REJECTED}, {@code UPHELD_LEVEL_WITHDRAWN} or {@code DISMISSED}
 * @param finding the district's finding as the unit and the person who objected read it
 */
public record ObjectionResolved(UUID objectionId, UUID caseId, UUID applicationId, String orgId, String district, String brandName,
        String outcome, String finding, String resolvedBy, Instant resolvedAt) {
}
