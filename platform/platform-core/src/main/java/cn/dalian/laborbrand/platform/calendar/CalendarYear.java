package cn.dalian.laborbrand.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * One year whose official holiday arrangements are known: the documents they come from and the days they
 * name, and who brought them in (the shipped data, or an operator) when.
 */
public record CalendarYear(int year, List<String> papers, List<ArrangedDay> days, Source source, Instant loadedAt, String loadedBy) {

    /** Where a year's arrangements came from. */
    public enum Source {
        /** the holiday-cn files the release ships with */
        SHIPPED,
        /** loaded by an operator once the State Council published it */
        OPERATOR
    }

    /** One day the arrangements name: a holiday, or a weekend made a working day. */
    public record ArrangedDay(String name, LocalDate date, boolean offDay) {
    }

    public CalendarYear {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /**
     * The year of a published arrangement. An arrangement that names no day is not published yet (holiday-cn
     * ships such an empty file for the coming year): it is refused, so that the year stays unknown.
     */
    public static CalendarYear of(HolidayArrangement arrangement, Source source, Instant loadedAt, String loadedBy) {
        int year = arrangement.year();
        if (arrangement.days().isEmpty()) {
            throw invalid(year + " 年的安排未列出任何节假日，尚不是已发布的安排，不能导入。");
        }
        Map<LocalDate, Boolean> seen = new HashMap<>();
        for (HolidayArrangement.Day day : arrangement.days()) {
            if (Math.abs(day.date().getYear() - year) > 1) {
                throw invalid(year + " 年的安排中出现了 " + day.date() + "，只能列出本年及相邻年份的日期。");
            }
            Boolean before = seen.put(day.date(), day.offDay());
            if (before != null && !before.equals(day.offDay())) {
                throw invalid(day.date() + " 在安排中既被列为休息日又被列为工作日。");
            }
        }
        return new CalendarYear(year, arrangement.papers(),
                arrangement.days().stream().map(day -> new ArrangedDay(day.name(), day.date(), day.offDay())).toList(), source, loadedAt,
                loadedBy);
    }

    private static PlatformException invalid(String detail) {
        return new PlatformException(CalendarProblem.ARRANGEMENT_INVALID, detail);
    }
}
