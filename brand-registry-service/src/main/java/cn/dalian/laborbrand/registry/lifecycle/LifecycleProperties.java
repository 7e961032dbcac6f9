package cn.dalian.laborbrand.registry.lifecycle;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dynamic management's settings (campaign data, not code).
 *
 * @param reminderWorkingDays the reminders before a rectification's deadline, each so many working days before it (when the
 *                            daily check runs is {@code laborbrand.registry.rectification.check-cron}, read by {@link RectificationCheck})
 */
@ConfigurationProperties("laborbrand.registry.rectification")
record LifecycleProperties(@DefaultValue({"3", "1"}) List<Integer> reminderWorkingDays) {
}
