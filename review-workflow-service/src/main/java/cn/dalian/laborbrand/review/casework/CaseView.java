package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * A review case as it appears in a reviewer's queue: who works on it, how long it has waited in its stage and how it
 * stands against the campaign's deadline.
 */
public record CaseView(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, Set<BrandLevel> requestedLevels, ReviewStage stage, String stageLabel, Instant openedAt, Instant stageEnteredAt,
        LocalDate forwardedOn, String assignee, StageClock clock) {
}
