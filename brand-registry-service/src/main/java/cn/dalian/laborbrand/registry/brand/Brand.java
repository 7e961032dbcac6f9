package cn.dalian.laborbrand.registry.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A certified labour brand as the registry keeps it. */
public record Brand(UUID id, String certificateNumber, UUID applicationId, String orgId, String unitName, String district,
        String brandName, BrandLevel level, BrandStatus status, LocalDate certifiedOn, Instant registeredAt, int version) {
}
