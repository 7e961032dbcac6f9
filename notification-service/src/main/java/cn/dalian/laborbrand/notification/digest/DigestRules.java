package cn.dalian.laborbrand.notification.digest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.dalian.laborbrand.notification.notices.ReviewDigest;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;

/** A bureau's digest for a working day from what is open in its queue; none when nothing waits and no deadline comes. */
final class DigestRules {

    /** Deadlines within this many working days after the digest's day are listed. */
    static final int WINDOW_WORKING_DAYS = 2;

    private DigestRules() {
    }

    static Optional<ReviewDigest> digestFor(LocalDate day, List<QueueItem> open, WorkingDayCalendar calendar) {
        List<ReviewDigest.Waiting> waiting = open.stream().filter(item -> !item.task().isDeadline())
                .sorted(Comparator.comparing(QueueItem::since).thenComparing(DigestRules::unitOf))
                .map(item -> new ReviewDigest.Waiting(unitOf(item), item.brandName(), item.task().label(), item.since(),
                        Math.max(0, calendar.workingDaysBetween(item.since(), day))))
                .toList();
        List<ReviewDigest.DueSoon> dueSoon = open.stream().filter(item -> item.task().isDeadline())
                .filter(item -> dueWithinWindow(day, item.dueOn(), calendar))
                .sorted(Comparator.comparing(QueueItem::dueOn).thenComparing(DigestRules::unitOf))
                .map(item -> new ReviewDigest.DueSoon(unitOf(item), item.brandName(), item.task().label(), item.dueOn()))
                .toList();
        return waiting.isEmpty() && dueSoon.isEmpty() ? Optional.empty() : Optional.of(new ReviewDigest(day, waiting, dueSoon));
    }

    /**
     * From today up to and including the second working day after it: on Friday 2022-09-30, before the National Day
     * holiday, that is up to Sunday 2022-10-09 (an adjusted working day), the holiday between included.
     */
    static boolean dueWithinWindow(LocalDate day, LocalDate dueOn, WorkingDayCalendar calendar) {
        return dueOn != null && !dueOn.isBefore(day) && calendar.workingDaysBetween(day, dueOn) <= WINDOW_WORKING_DAYS;
    }

    /** The unit's name; its credit code when no event named it. */
    private static String unitOf(QueueItem item) {
        return item.unitName() != null ? item.unitName() : item.orgId();
    }
}
