package cn.dalian.laborbrand.contracts.subsidy;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.AddedIn;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/**
 * A certified brand's unit is entitled to the one-time subsidy of a certification, in fen: the city's (level CITY) or,
 * since 1.1, the province's ({@code certificationLevel} PROVINCIAL, level the brand's Dalian level). A 1.0 event has
 * no {@code certificationLevel}: read it as {@code level} ({@link #certification()}).
 */
public record SubsidyEntitlementCreated(UUID entitlementId, UUID brandId, UUID applicationId, String orgId, String unitName,
        String brandName, BrandLevel level, long amountFen, @AddedIn("1.1") CertificationLevel certificationLevel, Instant createdAt) {

    /** The certification this subsidy pays for, whichever version produced the event. */
    public CertificationLevel certification() {
        return certificationLevel != null ? certificationLevel : CertificationLevel.of(level);
    }
}
