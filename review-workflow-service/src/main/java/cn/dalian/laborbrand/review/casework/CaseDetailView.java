package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.precheck.Precheck;

/**
 * One case with everything a reviewer decides on: the district decision so far (with any reason it gave for deciding
 * against the pre-check, and its judgement of lost dispute cases), the eligibility pre-check (null while it is still
 * running), the stage's clock, who works on it, and the outcome.
 */
public record CaseDetailView(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, String cityBrandName, Set<BrandLevel> requestedLevels, ReviewStage stage, String stageLabel, Instant openedAt,
        Instant stageEnteredAt, LocalDate supplementDueOn, LocalDate forwardedOn, String assignee, StageClock clock,
        DistrictDecision districtDecision, BrandLevel certifiedLevel, UUID brandId, LocalDate certifiedOn, Precheck precheck) {
}
