package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * Where an applicant unit's own application stands in the review: the stage, the outcome once there is one, and
 * every step so far with the reviewers' comments (the unit reads why, not only what).
 */
public record ProgressView(UUID applicationId, ReviewStage stage, String stageLabel, Instant openedAt, BrandLevel certifiedLevel,
        LocalDate certifiedOn, List<TransitionView> history) {
}
