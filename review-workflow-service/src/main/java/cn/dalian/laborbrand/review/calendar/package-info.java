/**
 * Calendar: China's official working days by the State Council's yearly holiday arrangements, kept as data
 * operators can load without a release. A year whose arrangements are not loaded is unknown, and counting
 * into it fails. Owns the {@code calendar_year} table.
 */
@ApplicationModule(displayName = "工作日历 calendar")
package cn.dalian.laborbrand.review.calendar;

import org.springframework.modulith.ApplicationModule;
