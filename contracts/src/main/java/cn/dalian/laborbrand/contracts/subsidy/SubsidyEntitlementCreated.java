package cn.dalian.laborbrand.contracts.subsidy;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A newly certified brand's unit is entitled to the one-time subsidy of its level, in fen. */
public record SubsidyEntitlementCreated(UUID entitlementId, UUID brandId, UUID applicationId, String orgId, String unitName,
        String brandName, BrandLevel level, long amountFen, Instant createdAt) {
}
