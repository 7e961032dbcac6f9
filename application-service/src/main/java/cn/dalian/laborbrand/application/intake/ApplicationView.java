package cn.dalian.laborbrand.application.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * An application as its unit sees it.
 *
 * @param version the version an edit names in {@code If-Match} (also the response's {@code ETag})
 */
public record ApplicationView(UUID id, String campaign, String orgId, String district, String brandName, String unitName,
        UnitType unitType, Set<BrandLevel> requestedLevels, List<YearFigures> declaredYears, LabourPractice labourPractice,
        ApplicationStatus status, String createdBy, Instant createdAt, Instant updatedAt, String submittedBy,
        Instant submittedAt, int version) {
}
