package cn.dalian.laborbrand.review.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import cn.dalian.laborbrand.platform.calendar.CalendarYear;
import cn.dalian.laborbrand.platform.calendar.HolidayArrangement;

/**
 * The official calendar as the service knows it now: read from the database at every count, so that a year an
 * operator loads counts at once, in every instance, with no restart.
 */
@Service
public class CalendarService {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository years;
    private final Clock clock;

    CalendarService(CalendarRepository years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    /** The last day of a period of working days starting on a day (itself counted when a working day). */
    @Transactional(readOnly = true)
    public LocalDate lastDayOf(LocalDate first, int workingDays) {
        return calendar().lastDayOf(first, workingDays);
    }

    @Transactional(readOnly = true)
    public WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(years.findAll());
    }

    @Transactional(readOnly = true)
    Page<CalendarYear> years(PageQuery page) {
        return years.findPage(page);
    }

    /** An operator loads a year's arrangements as the State Council published them, or corrects a year. */
    @Transactional
    CalendarYear load(int year, HolidayArrangement arrangement, String operator) {
        if (arrangement.year() != year) {
            throw new PlatformException(ProblemCode.VALIDATION_FAILED, "地址中的年份 " + year + " 与文件中的年份 " + arrangement.year() + " 不一致。")
                    .with("field", "year");
        }
        CalendarYear loaded = CalendarYear.of(arrangement, CalendarYear.Source.OPERATOR, clock.instant(), operator);
        years.save(loaded);
        log.info("{} loaded the official holiday arrangements of {} ({} days named)", operator, year, loaded.days().size());
        return loaded;
    }

    /** Adds the shipped years the database does not know yet; the files of unpublished years are left out. */
    @Transactional
    List<Integer> loadShipped(List<HolidayArrangement> shipped) {
        for (HolidayArrangement arrangement : shipped) {
            if (arrangement.days().isEmpty()) {
                log.info("the shipped calendar file of {} names no day: that year stays unknown until an operator loads it",
                        arrangement.year());
            } else if (years.insertIfAbsent(CalendarYear.of(arrangement, CalendarYear.Source.SHIPPED, clock.instant(), "release"))) {
                log.info("added the shipped holiday arrangements of {}", arrangement.year());
            }
        }
        return List.copyOf(calendar().years());
    }
}
