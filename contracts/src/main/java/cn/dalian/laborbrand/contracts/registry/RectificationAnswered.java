package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/** The holder answered a rectification order with its evidence; the reviewer now decides. */
public record RectificationAnswered(UUID brandId, UUID rectificationId, String orgId, String district, String brandName,
        int evidenceFiles, LocalDate answeredOn) {
}
