package cn.dalian.laborbrand.subsidy.entitlement;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/** An entitlement as finance staff see it: the certification it pays for (市级, 省级); the amount in fen for programs and as text for people. */
public record EntitlementView(UUID id, UUID brandId, UUID applicationId, String orgId, String unitName, String brandName,
        CertificationLevel level, String levelLabel, long amountFen, String amountText, EntitlementStatus status, String statusLabel, Instant createdAt) {
}
