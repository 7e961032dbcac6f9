package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.precheck.Precheck;

/**
 * One case with everything a reviewer decides on: the district decision so far, the eligibility
 * pre-check (null while it is still running), and the outcome.
 */
public record CaseDetailView(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, String cityBrandName, Set<BrandLevel> requestedLevels, ReviewStage stage, String stageLabel, Instant openedAt,
        DistrictDecision districtDecision, BrandLevel certifiedLevel, UUID brandId, LocalDate certifiedOn, Precheck precheck) {
}
