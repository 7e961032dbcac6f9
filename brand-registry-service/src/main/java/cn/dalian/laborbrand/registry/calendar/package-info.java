/**
 * Calendar: the official working days (法定节假日与调休) the registry counts rectification deadlines and reminders by,
 * from the one calendar the platform ships (platform-core's {@code calendar}). Owns no table.
 */
@ApplicationModule(displayName = "工作日历 calendar")
package cn.dalian.laborbrand.registry.calendar;

import org.springframework.modulith.ApplicationModule;
