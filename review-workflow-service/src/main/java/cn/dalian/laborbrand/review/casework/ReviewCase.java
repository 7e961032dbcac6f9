package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** The review of one submitted application. */
public record ReviewCase(UUID id, UUID applicationId, String campaign, String orgId, String district, String brandName,
        Set<BrandLevel> requestedLevels, ReviewStage stage, Instant openedAt, int version) {

    public ReviewCase {
        requestedLevels = Set.copyOf(requestedLevels);
    }
}
