package cn.dalian.laborbrand.registry.rectification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The working-day calendar of the tests: the official 2022 and 2026 autumn arrangements the cases need
 * (中秋 2026-09-25, 国庆 2022-10-01..07 and 2026-10-01..07, the adjusted working weekends); other days Monday to Friday.
 */
public final class SampleCalendar implements WorkingDays {

    private static final Map<LocalDate, Boolean> OFF_DAY = Map.ofEntries(
            Map.entry(LocalDate.of(2022, 10, 1), true), Map.entry(LocalDate.of(2022, 10, 2), true), Map.entry(LocalDate.of(2022, 10, 3), true),
            Map.entry(LocalDate.of(2022, 10, 4), true), Map.entry(LocalDate.of(2022, 10, 5), true), Map.entry(LocalDate.of(2022, 10, 6), true),
            Map.entry(LocalDate.of(2022, 10, 7), true), Map.entry(LocalDate.of(2022, 10, 8), false), Map.entry(LocalDate.of(2022, 10, 9), false),
            Map.entry(LocalDate.of(2026, 9, 20), false), Map.entry(LocalDate.of(2026, 9, 25), true),
            Map.entry(LocalDate.of(2026, 10, 1), true), Map.entry(LocalDate.of(2026, 10, 2), true), Map.entry(LocalDate.of(2026, 10, 3), true),
            Map.entry(LocalDate.of(2026, 10, 4), true), Map.entry(LocalDate.of(2026, 10, 5), true), Map.entry(LocalDate.of(2026, 10, 6), true),
            Map.entry(LocalDate.of(2026, 10, 7), true), Map.entry(LocalDate.of(2026, 10, 10), false));

    public static final SampleCalendar OFFICIAL = new SampleCalendar();

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Boolean off = OFF_DAY.get(day);
        if (off != null) {
            return !off;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate lastDayOf(LocalDate first, int workingDays) {
        LocalDate day = first;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
