package cn.dalian.laborbrand.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** Rectification deadlines count the same official working days as the public notice. */
class OfficialWorkingDaysTest {

    private final OfficialWorkingDays calendar = new OfficialWorkingDays(JsonMapper.builder().build(), Clock.systemUTC());

    @Test
    void aPeriodAcrossTheNationalDayHolidaySkipsItAndCountsTheAdjustedWeekend() {
        // given an order on Thursday 2022-09-29; 1–7 October off, Saturday 8 and Sunday 9 October worked
        // when 5 working days are counted from that day
        // then the last is Monday 2022-10-10
        assertThat(calendar.lastDayOf(LocalDate.of(2022, 9, 29), 5)).isEqualTo(LocalDate.of(2022, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 10, 3))).isFalse();
    }

    @Test
    void aYearWhoseArrangementsAreNotPublishedIsRefusedNotGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2030, 3, 1))).isInstanceOf(PlatformException.class)
                .hasMessageContaining("2030");
    }
}
