package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A running rectification's deadline is near and the holder has not answered: a reminder to send. */
public record RectificationReminderDue(UUID brandId, UUID rectificationId, String orgId, String district, String brandName,
        LocalDate deadline, int workingDaysLeft) {
}
