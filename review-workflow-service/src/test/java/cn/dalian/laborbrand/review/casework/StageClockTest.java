package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.calendar.CalendarYear;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;

/** The working-day clock of a stage against the 2022 campaign's forwarding deadline (2 December, 5-working-day notices). */
class StageClockTest {

    private static final LocalDate DEC_2 = LocalDate.of(2022, 12, 2);
    // 2022 had no holiday between November and December: weekends only
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(new CalendarYear(2022, List.of(), List.of(), CalendarYear.Source.SHIPPED, Instant.parse("2022-01-01T00:00:00Z"), "test")));
    private static final Instant NOV_14_MORNING = Instant.parse("2022-11-14T01:00:00Z");

    private final ReviewCase atDistrictReview = ReviewCase.open(UUID.randomUUID(),
            SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)), NOV_14_MORNING).state();

    @Test
    void atDistrictReviewTheDeadlineIsTheLastDayANoticeCanStartAndStillEndByTheForwardingDeadline() {
        // given a case that arrived on Monday 14 November, when the district looks at it on Friday 18 November
        StageClock clock = StageClock.of(atDistrictReview, DEC_2, 5, CALENDAR, LocalDate.of(2022, 11, 18), 2);

        // then it has waited four working days, and a notice must start by Monday 28 November (28 Nov – 2 Dec)
        assertThat(clock.workingDaysInStage()).isEqualTo(4);
        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2022, 11, 28));
        assertThat(clock.deadlineLabel()).isEqualTo("最迟公示开始日");
        assertThat(clock.workingDaysLeft()).isEqualTo(6);
        assertThat(clock.status()).isEqualTo(StageClock.Status.ON_TRACK);
    }

    @Test
    void aCaseIsDueSoonWithinTheWarningAndOverdueOnceTheDeadlinePassed() {
        assertThat(StageClock.of(atDistrictReview, DEC_2, 5, CALENDAR, LocalDate.of(2022, 11, 24), 2).status())
                .isEqualTo(StageClock.Status.DUE_SOON);
        StageClock late = StageClock.of(atDistrictReview, DEC_2, 5, CALENDAR, LocalDate.of(2022, 11, 29), 2);
        assertThat(late.status()).isEqualTo(StageClock.Status.OVERDUE);
        assertThat(late.workingDaysLeft()).isEqualTo(-1);
    }

    @Test
    void aRequestedSupplementIsDueOnItsOwnDay() {
        ReviewCase waiting = atDistrictReview.requestSupplement(new CaseRequests.SupplementRequest(
                Set.of(cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart.DECLARED_YEARS), "请核实 2022 年度培训人数。", 3),
                LocalDate.of(2022, 11, 17), "reviewer-ganjingzi", NOV_14_MORNING).state();

        StageClock clock = StageClock.of(waiting, DEC_2, 5, CALENDAR, LocalDate.of(2022, 11, 18), 2);

        assertThat(clock.deadline()).isEqualTo(LocalDate.of(2022, 11, 17));
        assertThat(clock.status()).isEqualTo(StageClock.Status.OVERDUE);
    }

    @Test
    void theCitysStagesHaveNoDeadlineInTheNotice() {
        ReviewCase atCity = new ReviewCase(atDistrictReview.id(), atDistrictReview.applicationId(), "2022", atDistrictReview.orgId(),
                atDistrictReview.unitName(), "210211", atDistrictReview.brandName(), null, Set.of(BrandLevel.DISTRICT), ReviewStage.CITY_REVIEW,
                null, null, null, null, NOV_14_MORNING, NOV_14_MORNING, null, LocalDate.of(2022, 11, 25), 4);

        assertThat(StageClock.of(atCity, DEC_2, 5, CALENDAR, LocalDate.of(2022, 12, 5), 2).status())
                .isEqualTo(StageClock.Status.NO_DEADLINE);
    }

    @Test
    void aDeadlineInAYearWhoseHolidaysAreNotLoadedIsShownAsSuchRatherThanGuessed() {
        StageClock clock = StageClock.of(atDistrictReview, LocalDate.of(2030, 12, 2), 5, CALENDAR, LocalDate.of(2022, 11, 18), 2);

        assertThat(clock.status()).isEqualTo(StageClock.Status.CALENDAR_UNKNOWN);
    }
}
