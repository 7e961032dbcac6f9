package cn.dalian.laborbrand.review.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** The public notice lasts 5 working days by the official calendar (DOMAIN.md, Working days). */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar OFFICIAL = CalendarConfiguration.read(JsonMapper.builder().build(),
            new PathMatchingResourcePatternResolver());

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
    void aYearWithoutOfficialArrangementsFailsLoudlyInsteadOfCountingWeekendsOnly() {
        assertThatThrownBy(() -> OFFICIAL.lastDayOf(LocalDate.of(2028, 3, 1), 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no official holiday arrangements for 2028");
    }

    @Test
    void aPeriodThatRunsIntoAnUnknownYearFailsToo() {
        assertThatThrownBy(() -> OFFICIAL.lastDayOf(LocalDate.of(2027, 12, 29), 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2028");
    }
}
