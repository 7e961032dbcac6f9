package cn.dalian.laborbrand.registry.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.platform.calendar.OfficialHolidays;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import cn.dalian.laborbrand.registry.rectification.WorkingDays;

/**
 * The rectification's working days on the official calendar the release ships. A deadline running into a year whose
 * arrangements are not published is refused (422 {@code YEAR_UNKNOWN}) rather than counted on weekends alone.
 */
@Component
class OfficialWorkingDays implements WorkingDays {

    private final WorkingDayCalendar calendar;

    OfficialWorkingDays(JsonMapper json, Clock clock) {
        this.calendar = OfficialHolidays.shippedCalendar(json, clock.instant());
    }

    @Override
    public LocalDate lastDayOf(LocalDate first, int workingDays) {
        return calendar.lastDayOf(first, workingDays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }
}
