package cn.dalian.laborbrand.contracts.registry;

import java.time.Instant;
import java.util.UUID;

/** A brand's resource-library entry changed (classification or profile); the payload is the entry as it now stands. */
public record BrandProfileUpdated(UUID brandId, String certificateNumber, String orgId, String district, String brandName,
        ResourceProfile profile, String updatedBy, Instant updatedAt) {
}
