package cn.dalian.laborbrand.review.calendar;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.calendar.CalendarYear;
import cn.dalian.laborbrand.platform.calendar.HolidayArrangement;

/**
 * The official calendar: reviewers count a notice's period before they start it; operators see the known years
 * and load a newly published one.
 */
@RestController
@RequestMapping("/api/reviews/calendar")
@Validated
class CalendarController {

    private final CalendarService calendar;

    CalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** A period of working days, as a notice starting that day would run. */
    record Period(LocalDate startsOn, int workingDays, LocalDate endsOn) {
    }

    /** A known year, without its list of days. */
    record YearView(int year, java.util.List<String> papers, long holidays, long adjustedWorkingDays, CalendarYear.Source source,
            java.time.Instant loadedAt, String loadedBy) {

        static YearView of(CalendarYear year) {
            long holidays = year.days().stream().filter(CalendarYear.ArrangedDay::offDay).count();
            return new YearView(year.year(), year.papers(), holidays, year.days().size() - holidays, year.source(), year.loadedAt(),
                    year.loadedBy());
        }
    }

    @GetMapping("/period")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public Period period(@RequestParam LocalDate startsOn,
            @RequestParam @Min(value = 1, message = "工作日数至少为 1") @Max(value = 60, message = "工作日数最多为 60") int workingDays) {
        return new Period(startsOn, workingDays, calendar.lastDayOf(startsOn, workingDays));
    }

    @GetMapping("/years")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public Page<YearView> years(@Valid @ParameterObject PageQuery page) {
        return calendar.years(page).map(YearView::of);
    }

    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('OPERATOR')")
    public YearView load(CurrentUser user, @PathVariable int year, @Valid @RequestBody HolidayArrangement arrangement) {
        return YearView.of(calendar.load(year, arrangement, user.username()));
    }
}
