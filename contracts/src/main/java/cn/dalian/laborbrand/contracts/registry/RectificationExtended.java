package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/** The reviewer gave a running rectification a later deadline. */
public record RectificationExtended(UUID brandId, UUID rectificationId, String orgId, String district, String brandName,
        LocalDate previousDeadline, LocalDate newDeadline, String reason, String decidedBy, LocalDate decidedOn) {
}
