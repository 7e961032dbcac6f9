package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A rectification ended: {@code ACCEPTED} (the brand is active again), {@code FAILED} (the answer was rejected) or
 * {@code OVERDUE} (no answer by the deadline); the last two come with an exit proposal.
 */
public record RectificationClosed(UUID brandId, UUID rectificationId, String certificateNumber, String orgId, String district,
        String brandName, String outcome, String note, String closedBy, LocalDate closedOn) {
}
