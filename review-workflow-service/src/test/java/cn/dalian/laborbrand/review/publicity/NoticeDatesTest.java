package cn.dalian.laborbrand.review.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.casework.NoticeWindow;

/** A notice runs 5 working days from today or a later working day, and ends by the campaign's forwarding deadline. */
class NoticeDatesTest {

    /** Monday 30 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    /** A forwarding deadline well away, as in the demo campaign. */
    private static final LocalDate FAR_DEADLINE = LocalDate.of(2026, 12, 31);

    private final NoticeDates dates = new NoticeDates(OfficialCalendar.of(2026), 5, 30);

    @Test
    void aNoticeStartingTodayEndsOnTheFifthWorkingDayCountingToday() {
        assertThat(dates.windowFor(TODAY, TODAY, FAR_DEADLINE))
                .isEqualTo(new NoticeWindow(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), 5));
    }

    @Test
    void aNoticeScheduledForALaterWorkingDayRunsFromThatDay() {
        // 1 December 2026 (Tuesday) to 7 December (Monday), the weekend not counted
        assertThat(dates.windowFor(TODAY, LocalDate.of(2026, 12, 1), FAR_DEADLINE))
                .isEqualTo(new NoticeWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 5));
    }

    @Test
    void withoutADayTheNoticeStartsTodayOrOnTheNextWorkingDay() {
        assertThat(dates.windowFor(TODAY, null, FAR_DEADLINE).startsOn()).isEqualTo(TODAY);
        // on Saturday 5 December it starts on Monday 7 December
        assertThat(dates.windowFor(LocalDate.of(2026, 12, 5), null, FAR_DEADLINE).startsOn()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aBackdatedNoticeIsRefusedSoThatNobodyMissesItsStart() {
        // given a district that published on its website last week
        // when it records the notice as of Friday 27 November
        // then it is refused: the public must see the notice for its whole length
        assertThatThrownBy(() -> dates.windowFor(TODAY, LocalDate.of(2026, 11, 27), FAR_DEADLINE))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(PublicityProblem.NOTICE_IN_PAST))
                .hasMessageContaining("2026年11月27日已经过去")
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("earliestStart", TODAY));
    }

    @Test
    void aNoticeStartingOnADayOffIsRefusedNamingTheNextWorkingDay() {
        assertThatThrownBy(() -> dates.windowFor(TODAY, LocalDate.of(2026, 12, 5), FAR_DEADLINE))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(PublicityProblem.NOTICE_NOT_WORKING_DAY))
                .hasMessage("2026年12月5日不是工作日，公示应自工作日开始；其后最近的工作日是2026年12月7日。")
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("nextWorkingDay", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void aPublicHolidayIsADayOffAndAnAdjustedSaturdayAWorkingDay() {
        LocalDate beforeNationalDay = LocalDate.of(2026, 9, 28);
        // 1 October 2026 is 国庆节
        assertThatThrownBy(() -> dates.windowFor(beforeNationalDay, LocalDate.of(2026, 10, 1), FAR_DEADLINE))
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("nextWorkingDay", LocalDate.of(2026, 10, 8)));
        // Saturday 10 October 2026 is worked (调休): a notice may start on it, and runs to Thursday 15 October
        assertThat(dates.windowFor(beforeNationalDay, LocalDate.of(2026, 10, 10), FAR_DEADLINE))
                .isEqualTo(new NoticeWindow(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 15), 5));
        // a notice from Wednesday 30 September runs over the holiday to Monday 12 October
        assertThat(dates.windowFor(beforeNationalDay, LocalDate.of(2026, 9, 30), FAR_DEADLINE).endsOn()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aNoticeMayBeScheduledAtMostTheConfiguredNumberOfDaysAhead() {
        assertThat(dates.windowFor(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), FAR_DEADLINE).startsOn())
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThatThrownBy(() -> dates.windowFor(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 3), FAR_DEADLINE))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(PublicityProblem.NOTICE_TOO_FAR_AHEAD))
                .hasMessageContaining("最多可提前 30 天")
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("latestStart", LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aNoticeEndingAfterTheForwardingDeadlineIsRefusedWithTheLatestDayItMayStart() {
        // given the campaign's districts forward to the city by Friday 4 December 2026
        LocalDate deadline = LocalDate.of(2026, 12, 4);

        // when the district schedules its notice for Tuesday 1 December, which would end on Monday 7 December
        // then it is refused: the notice must start today at the latest
        assertThatThrownBy(() -> dates.windowFor(TODAY, LocalDate.of(2026, 12, 1), deadline))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(PublicityProblem.NOTICE_ENDS_AFTER_DEADLINE))
                .hasMessage("自2026年12月1日起公示 5 个工作日，将于2026年12月7日结束，晚于本批次报送市级的截止日期2026年12月4日；"
                        + "公示最晚应于2026年11月30日开始。")
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("latestStart", TODAY));
        // and starting today it ends on the deadline itself
        assertThat(dates.windowFor(TODAY, TODAY, deadline).endsOn()).isEqualTo(deadline);
    }

    @Test
    void whenNoNoticeCanEndByTheDeadlineAnyMoreTheRefusalSaysSo() {
        // given districts forward by Wednesday 2 December: from Monday 30 November, 5 working days no longer fit
        assertThatThrownBy(() -> dates.windowFor(TODAY, TODAY, LocalDate.of(2026, 12, 2)))
                .hasMessageContaining("已来不及在截止日期前完成 5 个工作日的公示")
                .satisfies(e -> assertThat(((PlatformException) e).properties()).containsEntry("latestStart", LocalDate.of(2026, 11, 26)));
    }

    @Test
    void theLatestStartCountsWorkingDaysBackFromTheDeadline() {
        // deadline Monday 7 December: 7, 4, 3, 2, 1 December
        assertThat(dates.latestStartBefore(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 1));
        // deadline Sunday 6 December: the last working day before is Friday 4
        assertThat(dates.latestStartBefore(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
