package cn.dalian.laborbrand.registry.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.registry.subsidy.PaidSubsidyView;

/**
 * A registered brand in full, for staff and its own unit, with the one-time subsidies paid to the unit ({@code subsidyPaid}
 * when any was).
 */
public record BrandView(UUID id, String certificateNumber, UUID applicationId, String orgId, String unitName,
        String district, String brandName, BrandLevel level, String levelLabel, BrandStatus status, String statusLabel,
        LocalDate certifiedOn, Instant registeredAt, List<PaidSubsidyView> subsidies, boolean subsidyPaid) {
}
