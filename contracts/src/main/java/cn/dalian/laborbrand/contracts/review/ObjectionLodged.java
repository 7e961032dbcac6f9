package cn.dalian.laborbrand.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the public objects (异议) to a brand during its notice; the case's forwarding waits until the district
 * resolves it. Carries nothing of the person who objected. Subject: the review case id.
 */
public record ObjectionLodged(UUID objectionId, UUID caseId, UUID applicationId, String orgId, String district, String brandName,
        Instant lodgedAt) {
}
