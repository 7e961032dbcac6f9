package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** An entitlement as finance staff see it; the amount in fen for programs and as text for people. */
public record EntitlementView(UUID id, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        BrandLevel level, long amountFen, String amountText, EntitlementStatus status, String statusLabel, Instant createdAt) {
}
