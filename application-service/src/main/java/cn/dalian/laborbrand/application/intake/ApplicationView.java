package cn.dalian.laborbrand.application.intake;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** An application as its unit sees it. */
public record ApplicationView(UUID id, String campaign, String orgId, String district, String brandName,
        UnitType unitType, Set<BrandLevel> requestedLevels, ApplicationStatus status, String createdBy,
        Instant createdAt, Instant updatedAt) {
}
