package cn.dalian.laborbrand.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * China's official working days, from the State Council's yearly holiday arrangements. A day is a working day
 * when the arrangements list it as one (调休, an adjusted weekend), or when they do not list it and it falls
 * Monday to Friday. A year whose arrangements are not known fails loudly: counting weekends only would put a
 * notice's end on a public holiday.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, Boolean> offDays = new HashMap<>();
    private final Set<Integer> years = new TreeSet<>();

    /** The calendar of the published years; a year's arrangements may list days of the neighbouring year. */
    public WorkingDayCalendar(Collection<CalendarYear> published) {
        published.stream().sorted(java.util.Comparator.comparingInt(CalendarYear::year)).forEach(year -> {
            years.add(year.year());
            year.days().forEach(day -> offDays.put(day.date(), day.offDay()));
        });
    }

    public Set<Integer> years() {
        return java.util.Collections.unmodifiableSet(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new PlatformException(CalendarProblem.YEAR_UNKNOWN, day.getYear() + " 年的法定节假日安排尚未发布或尚未导入（已知年份："
                    + years + "），无法计算工作日；请运维人员在国务院办公厅公布后导入 " + day.getYear() + " 年的安排。")
                    .with("missingYear", day.getYear());
        }
        Boolean off = offDays.get(day);
        if (off != null) {
            return !off;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code first}, which counts
     * itself when it is a working day (a notice published on 2022-09-29 for 5 working days ends on 2022-10-10).
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

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} lies before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** The latest day a period of {@code workingDays} may start on and still end by {@code deadline}. */
    public LocalDate latestStartEndingBy(LocalDate deadline, int workingDays) {
        LocalDate start = deadline;
        while (!isWorkingDay(start) || lastDayOf(start, workingDays).isAfter(deadline)) {
            start = start.minusDays(1);
        }
        return start;
    }
}
