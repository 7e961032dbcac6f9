package cn.dalian.laborbrand.review.casework;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;

/**
 * The working-day clock of a case in its stage, and the campaign deadline it works to (工作进程 item 2: the district
 * forwards to the city by the forwarding deadline, 2 December in 2022): at district review the notice must start by the
 * last day that still lets it end in time; during the notice the deadline is the forwarding day itself; a requested
 * supplement is due on its day. The city's stages have no deadline in the notice.
 *
 * @param workingDaysInStage working days since the case entered its stage
 * @param deadline           the day the stage must be done by; null when the stage has none
 * @param workingDaysLeft    working days from today to the deadline (negative once it has passed)
 */
public record StageClock(int workingDaysInStage, LocalDate deadline, String deadlineLabel, Integer workingDaysLeft, Status status) {

    /** How a case stands against its deadline. */
    public enum Status {
        NO_DEADLINE, ON_TRACK, DUE_SOON, OVERDUE,
        /** the deadline lies in a year whose holiday arrangements are not loaded yet, so no working day can be counted */
        CALENDAR_UNKNOWN,
        /** the campaign's deadlines have not reached this service yet */
        CAMPAIGN_UNKNOWN
    }

    /** The clock of a case whose campaign's terms have not reached this service yet. */
    public static final StageClock UNKNOWN = new StageClock(0, null, null, null, Status.CAMPAIGN_UNKNOWN);

    /** The clock of a case today, warning this many working days before a deadline. */
    public static StageClock of(ReviewCase reviewCase, LocalDate forwardingDeadline, int noticeWorkingDays, WorkingDayCalendar calendar,
            LocalDate today, int warningWorkingDays) {
        try {
            return counted(reviewCase, forwardingDeadline, noticeWorkingDays, calendar, today, warningWorkingDays);
        } catch (PlatformException unknownYear) {
            return new StageClock(0, null, null, null, Status.CALENDAR_UNKNOWN);
        }
    }

    private static StageClock counted(ReviewCase reviewCase, LocalDate forwardingDeadline, int noticeWorkingDays,
            WorkingDayCalendar calendar, LocalDate today, int warningWorkingDays) {
        LocalDate entered = LocalDate.ofInstant(reviewCase.stageEnteredAt(), ZoneId.of("Asia/Shanghai"));
        int inStage = Math.max(0, calendar.workingDaysBetween(entered, today));
        LocalDate deadline;
        String label;
        switch (reviewCase.stage()) {
            case DISTRICT_REVIEW -> {
                deadline = calendar.latestStartEndingBy(forwardingDeadline, noticeWorkingDays);
                label = "最迟公示开始日";
            }
            case SUPPLEMENT_REQUESTED -> {
                deadline = reviewCase.supplementDueOn();
                label = "补充材料截止日";
            }
            case PUBLICITY -> {
                deadline = forwardingDeadline;
                label = "报送市级截止日";
            }
            default -> {
                deadline = null;
                label = null;
            }
        }
        if (deadline == null) {
            return new StageClock(inStage, null, null, null, Status.NO_DEADLINE);
        }
        int left = calendar.workingDaysBetween(today, deadline);
        Status status = today.isAfter(deadline) ? Status.OVERDUE : left <= warningWorkingDays ? Status.DUE_SOON : Status.ON_TRACK;
        return new StageClock(inStage, deadline, label, left, status);
    }
}
