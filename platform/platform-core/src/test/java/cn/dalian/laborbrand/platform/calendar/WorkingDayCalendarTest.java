package cn.dalian.laborbrand.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import tools.jackson.databind.json.JsonMapper;

/** The public notice lasts 5 working days by the official calendar (DOMAIN.md, Working days). */
class WorkingDayCalendarTest {

    private static final Instant RELEASE = Instant.parse("2026-11-01T00:00:00Z");

    /** The years the release ships, as the service loads them on first start (2027's file names no day yet). */
    private static final WorkingDayCalendar OFFICIAL = OfficialHolidays.shippedCalendar(JsonMapper.builder().build(), RELEASE);

    @Test
    void aNoticePublishedBeforeTheNationalDayHolidayEndsAfterIt() {
        // given a notice published on Thursday 2022-09-29; 1–7 October are off, Saturday 8 and Sunday 9 are worked
        // when it runs for 5 working days, counting its first day
        // then it ends on Monday 2022-10-10
        assertThat(OFFICIAL.lastDayOf(LocalDate.of(2022, 9, 29), 5)).isEqualTo(LocalDate.of(2022, 10, 10));
    }

    @Test
    void aNoticeAcrossNewYearCountsTheAdjustedSundayFromTheNextYearsFile() {
        // 2026-01-01 to 03 are off, Sunday 2026-01-04 is worked (listed in 2026.json)
        assertThat(OFFICIAL.lastDayOf(LocalDate.of(2025, 12, 29), 5)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aNoticePublishedOnAWeekendStartsCountingOnMonday() {
        // Saturday 2022-11-19: the five working days are 21–25 November
        assertThat(OFFICIAL.lastDayOf(LocalDate.of(2022, 11, 19), 5)).isEqualTo(LocalDate.of(2022, 11, 25));
    }

    @Test
    void anAdjustedSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2022, 10, 8))).isTrue();
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2022, 10, 3))).isFalse();
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2022, 11, 15))).isTrue();
    }

    @Test
    void theYearsShippedWithTheReleaseAreThoseWhoseArrangementsWerePublished() {
        assertThat(OFFICIAL.years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void aYearWithoutOfficialArrangementsFailsLoudlyInsteadOfCountingWeekendsOnly() {
        assertThatThrownBy(() -> OFFICIAL.lastDayOf(LocalDate.of(2028, 3, 1), 5))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("2028 年的法定节假日安排尚未发布或尚未导入")
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CalendarProblem.YEAR_UNKNOWN))
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("missingYear", 2028));
    }

    @Test
    void aPeriodThatRunsIntoAYearWhoseFileNamesNoDayFailsToo() {
        // 2027.json ships with no paper and no day: 2027 is not published, not "weekends only"
        assertThatThrownBy(() -> OFFICIAL.lastDayOf(LocalDate.of(2026, 12, 28), 5))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("missingYear", 2027));
    }

    @Test
    void aYearLoadedLaterCountsAtOnce() {
        // given 2027's arrangement as an operator loads it (test material: New Year's Day on Friday 1 January)
        CalendarYear y2027 = CalendarYear.of(new HolidayArrangement(null, null, 2027, List.of(),
                List.of(new HolidayArrangement.Day("元旦", LocalDate.of(2027, 1, 1), true))), CalendarYear.Source.OPERATOR, RELEASE, "operator");

        // when the period from Monday 2026-12-28 is counted: 28, 29, 30, 31 December, (1 January off), 4 January
        WorkingDayCalendar withNextYear = new WorkingDayCalendar(Stream.concat(OfficialHolidays.shippedYears(JsonMapper.builder().build(), RELEASE).stream(), Stream.of(y2027)).toList());

        // then it ends on Monday 2027-01-04
        assertThat(withNextYear.lastDayOf(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void anArrangementThatNamesNoDayIsNotAPublishedOne() {
        assertThatThrownBy(() -> CalendarYear.of(new HolidayArrangement(null, null, 2027, List.of(), List.of()), CalendarYear.Source.OPERATOR,
                RELEASE, "operator"))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(CalendarProblem.ARRANGEMENT_INVALID))
                .hasMessageContaining("尚不是已发布的安排");
    }

    @Test
    void anArrangementNamingADayFarFromItsYearOrADayTwiceIsRefused() {
        assertThatThrownBy(() -> CalendarYear.of(new HolidayArrangement(null, null, 2027, List.of(),
                List.of(new HolidayArrangement.Day("国庆节", LocalDate.of(2029, 10, 1), true))), CalendarYear.Source.OPERATOR, RELEASE, "operator"))
                .hasMessageContaining("2029-10-01");
        assertThatThrownBy(() -> CalendarYear.of(new HolidayArrangement(null, null, 2027, List.of(),
                List.of(new HolidayArrangement.Day("元旦", LocalDate.of(2027, 1, 1), true),
                        new HolidayArrangement.Day("元旦", LocalDate.of(2027, 1, 1), false))), CalendarYear.Source.OPERATOR, RELEASE, "operator"))
                .hasMessageContaining("既被列为休息日又被列为工作日");
    }
}
