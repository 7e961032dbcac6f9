package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import cn.dalian.laborbrand.review.casework.NoticeWindow;

/**
 * When a district's notice may run. It starts today or on a later working day, so that the public sees it for its
 * whole length: never on a past day, never on a day off, not more than {@code maxDaysAhead} days ahead; and it ends on
 * or before the campaign's forwarding deadline, so that the district can forward in time.
 *
 * @param workingDays  the campaign's notice length (5 under 大就办发〔2022〕9号)
 * @param maxDaysAhead how far ahead a district may schedule a notice
 */
public record NoticeDates(WorkingDayCalendar calendar, int workingDays, int maxDaysAhead) {

    /**
     * The window of a notice asked to start on a day; with no day asked, it starts as soon as it can: today, or the next
     * working day when today is a day off.
     */
    public NoticeWindow windowFor(LocalDate today, LocalDate requested, LocalDate forwardingDeadline) {
        LocalDate first = requested == null ? firstWorkingDayFrom(today) : requested;
        if (first.isBefore(today)) {
            throw new PlatformException(PublicityProblem.NOTICE_IN_PAST, "公示开始日期" + ChineseDates.format(first) + "已经过去：公示应自今天（"
                    + ChineseDates.format(today) + "）或之后的工作日开始，让公众看到完整的公示期。")
                    .with("earliestStart", firstWorkingDayFrom(today));
        }
        if (!calendar.isWorkingDay(first)) {
            LocalDate next = firstWorkingDayFrom(first);
            throw new PlatformException(PublicityProblem.NOTICE_NOT_WORKING_DAY, ChineseDates.format(first) + "不是工作日，公示应自工作日开始；"
                    + "其后最近的工作日是" + ChineseDates.format(next) + "。")
                    .with("nextWorkingDay", next);
        }
        LocalDate latestAhead = today.plusDays(maxDaysAhead);
        if (first.isAfter(latestAhead)) {
            throw new PlatformException(PublicityProblem.NOTICE_TOO_FAR_AHEAD, "公示最多可提前 " + maxDaysAhead + " 天安排，开始日期不能晚于"
                    + ChineseDates.format(latestAhead) + "。")
                    .with("latestStart", latestAhead);
        }
        LocalDate last = calendar.lastDayOf(first, workingDays);
        if (last.isAfter(forwardingDeadline)) {
            LocalDate latestStart = latestStartBefore(forwardingDeadline);
            String advice = latestStart.isBefore(today)
                    ? "已来不及在截止日期前完成 " + workingDays + " 个工作日的公示，请与市人社局联系。"
                    : "公示最晚应于" + ChineseDates.format(latestStart) + "开始。";
            throw new PlatformException(PublicityProblem.NOTICE_ENDS_AFTER_DEADLINE, "自" + ChineseDates.format(first) + "起公示 " + workingDays
                    + " 个工作日，将于" + ChineseDates.format(last) + "结束，晚于本批次报送市级的截止日期" + ChineseDates.format(forwardingDeadline)
                    + "；" + advice)
                    .with("latestStart", latestStart)
                    .with("forwardingDeadline", forwardingDeadline);
        }
        return new NoticeWindow(first, last, workingDays);
    }

    /** The day itself when it is a working day, else the next one. */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!calendar.isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The last day a notice may start and still end on or before the deadline. */
    public LocalDate latestStartBefore(LocalDate deadline) {
        LocalDate day = deadline;
        int counted = 0;
        while (true) {
            if (calendar.isWorkingDay(day) && ++counted == workingDays) {
                return day;
            }
            day = day.minusDays(1);
        }
    }
}
