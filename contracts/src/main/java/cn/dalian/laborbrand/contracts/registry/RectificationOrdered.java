package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A reviewer ordered a brand to rectify by a deadline (限期整改); reasons from the notice's list. */
public record RectificationOrdered(UUID brandId, UUID rectificationId, String certificateNumber, String orgId, String unitName,
        String district, String brandName, Set<String> reasons, String explanation, LocalDate orderedOn, int workingDays,
        LocalDate deadline, String orderedBy) {

    public RectificationOrdered {
        reasons = Set.copyOf(reasons);
    }
}
