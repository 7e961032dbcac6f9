package cn.dalian.laborbrand.registry.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.registry.rectification.RecordedRectification;

/**
 * The daily check of running rectifications: the reminders due today, and the overdue ones closed with an exit
 * proposal. Safe with several instances: each rectification is closed under its row lock and re-checked, and a
 * reminder is sent only by the instance whose row for (rectification, day) the database accepts.
 */
@Component
class RectificationCheck {

    private static final Logger log = LoggerFactory.getLogger(RectificationCheck.class);

    /** What a run did. */
    record Result(int reminded, int closedOverdue) {
    }

    private final LifecycleService lifecycle;
    private final Clock clock;

    RectificationCheck(LifecycleService lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(cron = "${laborbrand.registry.rectification.check-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        Result result = runOn(LocalDate.now(clock.withZone(ChineseDates.DALIAN)));
        if (result.reminded() + result.closedOverdue() > 0) {
            log.info("rectification check: {} reminder(s) sent, {} overdue rectification(s) closed with an exit proposal", result.reminded(),
                    result.closedOverdue());
        }
    }

    /** Runs the check as on {@code today}, each rectification in its own transaction (one failing does not stop the others). */
    Result runOn(LocalDate today) {
        int closed = 0;
        for (UUID overdue : lifecycle.overdueOn(today)) {
            try {
                closed += lifecycle.closeIfOverdue(overdue, today) ? 1 : 0;
            } catch (PlatformException e) {
                log.warn("overdue rectification {} not closed: {}", overdue, e.getMessage());
            }
        }
        int reminded = 0;
        for (RecordedRectification open : lifecycle.openOn(today)) {
            try {
                reminded += lifecycle.remindIfDue(open, today) ? 1 : 0;
            } catch (PlatformException e) {
                log.warn("reminder of rectification {} not sent: {}", open.rectification().id(), e.getMessage());
            }
        }
        return new Result(reminded, closed);
    }
}
