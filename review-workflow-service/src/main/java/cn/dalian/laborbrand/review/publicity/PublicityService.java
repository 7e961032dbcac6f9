package cn.dalian.laborbrand.review.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.review.casework.CaseRepository;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewProblem;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * The public notice (公示): a district starts it for a selected brand, it runs for the campaign's number
 * of working days by the official calendar, and when its last day has passed with no objection standing
 * the case goes to the city bureau.
 */
@Service
class PublicityService {

    private static final Logger log = LoggerFactory.getLogger(PublicityService.class);
    static final String SYSTEM = "system";

    private final CaseworkService casework;
    private final CaseRepository cases;
    private final NoticeRepository notices;
    private final WorkingDayCalendar calendar;
    private final PublicityProperties properties;
    private final EventOutbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicityService(CaseworkService casework, CaseRepository cases, NoticeRepository notices, WorkingDayCalendar calendar,
            PublicityProperties properties, EventOutbox outbox, TransactionTemplate transaction, Clock clock) {
        this.casework = casework;
        this.cases = cases;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Starts the notice on the given day (today when none), which may lie a little before or after today. */
    @Transactional
    PublicNotice start(UUID caseId, Reviewer reviewer, LocalDate startsOn) {
        LocalDate today = today();
        LocalDate first = startsOn == null ? today : startsOn;
        long tolerance = properties.dateTolerance().toDays();
        if (first.isBefore(today.minusDays(tolerance)) || first.isAfter(today.plusDays(tolerance))) {
            throw new PlatformException(ReviewProblem.NOTICE_DATE_OUT_OF_RANGE);
        }
        LocalDate last = calendar.lastDayOf(first, properties.workingDays());
        ReviewCase.Moved moved = casework.visibleCase(caseId, reviewer).startPublicity(reviewer.username(), clock.instant(),
                "公示期 " + first + " 至 " + last);
        ReviewCase underNotice = moved.reviewCase();
        PublicNotice notice = PublicNotice.of(underNotice, first, last);
        casework.save(moved);
        notices.insert(notice, underNotice.id());
        outbox.publish(ReviewEvents.PUBLICITY_STARTED, underNotice.id().toString(), new PublicityStarted(underNotice.id(),
                underNotice.applicationId(), underNotice.orgId(), underNotice.unitName(), underNotice.district(),
                underNotice.brandName(), notice.levels(), notice.startsOn(), notice.endsOn(), properties.workingDays()));
        return notice;
    }

    /** Ends every notice whose last day has passed; each case in its own transaction, so one failure stops no other. */
    int closeEndedNotices() {
        List<NoticeRepository.Ended> due = notices.endedBefore(today());
        int closed = 0;
        for (NoticeRepository.Ended ended : due) {
            try {
                transaction.executeWithoutResult(status -> close(ended.caseId(), ended.lastDay()));
                closed++;
            } catch (RuntimeException e) {
                log.error("could not end the notice of case {}; the next round tries again", ended.caseId(), e);
            }
        }
        return closed;
    }

    private void close(UUID caseId, LocalDate lastDay) {
        ReviewCase reviewCase = cases.find(caseId).orElseThrow();
        ReviewCase.Moved moved = reviewCase.endPublicity(SYSTEM, clock.instant());
        casework.save(moved);
        notices.close(caseId, clock.instant());
        ReviewCase forwarded = moved.reviewCase();
        outbox.publish(ReviewEvents.PUBLICITY_ENDED, caseId.toString(), new PublicityEnded(caseId, forwarded.applicationId(),
                forwarded.orgId(), forwarded.district(), forwarded.brandName(), lastDay, true));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CaseworkService.DALIAN));
    }
}
