package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** A certified brand's unit's right to the one-time subsidy of one certification: the city's or the province's. */
public record Entitlement(UUID id, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        CertificationLevel level, Money amount, EntitlementStatus status, Instant createdAt, int version) {

    /** The entitlement a Dalian certification brings, in the campaign's amount for its level, waiting for the finance clerk. */
    public static Changed<Entitlement> of(UUID id, BrandCertified certified, Money amount, Instant at) {
        return create(new Entitlement(id, certified.brandId(), certified.applicationId(), certified.orgId(), certified.unitName(),
                certified.brandName(), CertificationLevel.of(certified.level()), amount, EntitlementStatus.CREATED, at, 0), certified.level());
    }

    /** The entitlement the province's certification brings; the province certifies city-level brands only. */
    public static Changed<Entitlement> of(UUID id, ProvincialCertificationRecorded recorded, Money amount, Instant at) {
        return create(new Entitlement(id, recorded.brandId(), recorded.applicationId(), recorded.orgId(), recorded.unitName(),
                recorded.brandName(), CertificationLevel.PROVINCIAL, amount, EntitlementStatus.CREATED, at, 0), BrandLevel.CITY);
    }

    private static Changed<Entitlement> create(Entitlement entitlement, BrandLevel brandLevel) {
        return Changed.to(entitlement, SubsidyEvents.ENTITLEMENT_CREATED.about(entitlement.id(), new SubsidyEntitlementCreated(entitlement.id(),
                entitlement.brandId(), entitlement.applicationId(), entitlement.orgId(), entitlement.unitName(), entitlement.brandName(),
                brandLevel, entitlement.amount().fen(), entitlement.level(), entitlement.createdAt())));
    }
}
