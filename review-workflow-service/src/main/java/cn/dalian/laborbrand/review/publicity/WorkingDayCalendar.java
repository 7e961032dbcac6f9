package cn.dalian.laborbrand.review.publicity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's official working days, from the State Council's holiday arrangements (the holiday-cn data
 * files, one per year). A day is a working day when the arrangements list it as one (调休, an adjusted
 * weekend), or when they do not list it and it falls Monday to Friday. A year without data fails loudly:
 * counting weekends only would put a notice's end on a public holiday.
 */
public final class WorkingDayCalendar {

    /** One day the arrangements name: a holiday, or a weekend made a working day. */
    public record ArrangedDay(LocalDate date, boolean offDay) {
    }

    private final Map<LocalDate, Boolean> offDays = new HashMap<>();
    private final Set<Integer> years;

    /**
     * @param arrangements per year with published arrangements, its listed days (a year's file may list
     *                     days of the neighbouring year, such as the New Year weekend)
     */
    public WorkingDayCalendar(Map<Integer, List<ArrangedDay>> arrangements) {
        this.years = new TreeSet<>(arrangements.keySet());
        arrangements.values().forEach(days -> days.forEach(day -> offDays.put(day.date(), day.offDay())));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new IllegalStateException("no official holiday arrangements for " + day.getYear() + " (known: " + years
                    + "); add calendar/holiday-cn/" + day.getYear() + ".json before counting working days in it");
        }
        Boolean off = offDays.get(day);
        if (off != null) {
            return !off;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code first}, which
     * counts itself when it is a working day (a notice published on 2022-09-29 for 5 working days ends
     * on 2022-10-10).
     */
    public LocalDate lastDayOf(LocalDate first, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day");
        }
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
