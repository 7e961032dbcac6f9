package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** A certified brand's unit's right to the one-time subsidy of its level. */
public record Entitlement(UUID id, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        BrandLevel level, Money amount, EntitlementStatus status, Instant createdAt, int version) {
}
