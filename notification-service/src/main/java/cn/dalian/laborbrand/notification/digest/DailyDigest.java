package cn.dalian.laborbrand.notification.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.notification.directory.DirectoryUnavailableException;
import cn.dalian.laborbrand.notification.directory.StaffDirectory;
import cn.dalian.laborbrand.notification.directory.StaffMember;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.ReviewDigest;
import cn.dalian.laborbrand.platform.calendar.OfficialHolidays;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * The reviewers' daily digest, on working days: each bureau with something waiting or a deadline within 2 working days
 * sends each of its reviewers their digest. The day's first run plans which bureaus get one; later runs the same day (the
 * retry schedule) finish those not done yet, e.g. when Keycloak could not say who their reviewers are, or do the first run
 * when the service was down at the hour. Safe with several instances and repeated runs: a reviewer's
 * digest is sent only by the transaction whose row for (day, bureau, reviewer) the database accepts.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    /** What a run did. */
    record Result(int sent, int bureausLeftForLater) {
    }

    private final QueueRepository queue;
    private final StaffDirectory directory;
    private final DigestSender sender;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DailyDigest(QueueRepository queue, StaffDirectory directory, DigestSender sender, JsonMapper json, Clock clock) {
        this.queue = queue;
        this.directory = directory;
        this.sender = sender;
        this.calendar = OfficialHolidays.shippedCalendar(json, clock.instant());
        this.clock = clock;
    }

    @Scheduled(cron = "${laborbrand.notification.digest.cron}", zone = "Asia/Shanghai")
    void daily() {
        run();
    }

    /** Finishes the day's bureaus an earlier run could not (Keycloak down); a run with nothing left does nothing. */
    @Scheduled(cron = "${laborbrand.notification.digest.retry-cron}", zone = "Asia/Shanghai")
    void retry() {
        run();
    }

    private void run() {
        Result result = runOn(LocalDate.now(clock.withZone(ChineseDates.DALIAN)));
        if (result.sent() + result.bureausLeftForLater() > 0) {
            log.info("review digest: {} sent, {} bureau(s) left for a later run", result.sent(), result.bureausLeftForLater());
        }
    }

    /** Sends the digests of {@code day}, each reviewer's in its own transaction; nothing on a day off. */
    Result runOn(LocalDate day) {
        try {
            if (!calendar.isWorkingDay(day)) {
                return new Result(0, 0);
            }
        } catch (PlatformException yearUnknown) {
            log.warn("review digest of {} not sent: {}", day, yearUnknown.getMessage());
            return new Result(0, 0);
        }
        queue.planDay(day, clock.instant());
        int sent = 0;
        int leftForLater = 0;
        for (String bureau : queue.bureausPending(day)) {
            Optional<ReviewDigest> digest = DigestRules.digestFor(day, queue.openIn(bureau), calendar);
            try {
                if (digest.isPresent()) {
                    for (StaffMember reviewer : directory.membersOf(reviewersOf(bureau))) {
                        sent += sender.send(bureau, reviewer, digest.get()) ? 1 : 0;
                    }
                }
                queue.markDone(day, bureau, clock.instant());
            } catch (DirectoryUnavailableException e) {
                leftForLater++;
                log.warn("review digest of {} for bureau {} waits for a later run: {}", day, bureau, e.getMessage());
            }
        }
        return new Result(sent, leftForLater);
    }

    private static Recipient reviewersOf(String bureau) {
        return QueueItem.CITY.equals(bureau) ? Recipient.role(Role.CITY_REVIEWER) : Recipient.district(bureau);
    }
}
