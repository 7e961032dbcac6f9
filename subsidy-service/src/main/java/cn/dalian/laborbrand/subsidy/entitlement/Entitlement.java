package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** A certified brand's unit's right to the one-time subsidy of its level. */
public record Entitlement(UUID id, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        BrandLevel level, Money amount, EntitlementStatus status, Instant createdAt, int version) {

    /** The entitlement a certification brings, in the campaign's amount for its level, waiting for the finance clerk. */
    public static Changed<Entitlement> of(UUID id, BrandCertified certified, Money amount, Instant at) {
        Entitlement entitlement = new Entitlement(id, certified.brandId(), certified.applicationId(), certified.orgId(), certified.unitName(),
                certified.brandName(), certified.level(), amount, EntitlementStatus.CREATED, at, 0);
        return Changed.to(entitlement, SubsidyEvents.ENTITLEMENT_CREATED.about(id, new SubsidyEntitlementCreated(id, certified.brandId(),
                certified.applicationId(), certified.orgId(), certified.unitName(), certified.brandName(), certified.level(), amount.fen(),
                CertificationLevel.of(certified.level()), at)));
    }
}
