package cn.dalian.laborbrand.registry.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A registered brand in full, for staff, its own unit and the provincial system. */
public record BrandView(UUID id, String certificateNumber, UUID applicationId, String orgId, String unitName,
        String district, String brandName, BrandLevel level, String levelLabel, BrandStatus status, String statusLabel,
        LocalDate certifiedOn, Instant registeredAt) {
}
