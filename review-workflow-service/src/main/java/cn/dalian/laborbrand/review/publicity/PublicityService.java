package cn.dalian.laborbrand.review.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.calendar.CalendarService;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.NoticeWindow;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewProblem;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * The public notice (公示): a district starts it for a selected brand, it runs for the campaign's number of
 * working days by the official calendar, and when its last day has passed with no objection standing the case
 * goes to the city bureau.
 */
@Service
public class PublicityService {

    private static final Logger log = LoggerFactory.getLogger(PublicityService.class);
    static final String SYSTEM = "system";

    private final CaseworkService casework;
    private final NoticeRepository notices;
    private final CalendarService calendar;
    private final PublicityProperties properties;
    private final CampaignTermsService campaigns;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicityService(CaseworkService casework, NoticeRepository notices, CalendarService calendar, PublicityProperties properties,
            CampaignTermsService campaigns, TransactionTemplate transaction, Clock clock) {
        this.campaigns = campaigns;
        this.casework = casework;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
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
        ReviewCase reviewCase = casework.visibleCase(caseId, reviewer);
        int workingDays = campaigns.of(reviewCase.campaign()).noticeWorkingDays();
        NoticeWindow window = new NoticeWindow(first, calendar.lastDayOf(first, workingDays), workingDays);
        ReviewCase underNotice = casework.store(reviewCase.startPublicity(window, reviewer.username(), clock.instant()));
        PublicNotice notice = PublicNotice.of(underNotice, window);
        notices.insert(notice, caseId);
        return notice;
    }

    /** The notice of a case the reviewer may see; "not found" before the district has published one. */
    @Transactional(readOnly = true)
    PublicNotice noticeOf(UUID caseId, Reviewer reviewer) {
        return notices.findByCase(casework.visibleCase(caseId, reviewer).id())
                .orElseThrow(() -> PlatformException.notFound("该案件尚未发布公示。"));
    }

    @Transactional(readOnly = true)
    Page<PublicNotice> openNotices(PageQuery page) {
        return notices.findOpenOn(today(), page);
    }

    /**
     * The notice periods of the cases that were put under notice, by case: what other features need of a notice (the
     * exported notice list) without depending on how notices are kept.
     */
    @Transactional(readOnly = true)
    public Map<UUID, NoticePeriod> periodsOf(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? Map.of()
                : notices.periodsOf(caseIds).stream().collect(Collectors.toMap(NoticePeriod::caseId, Function.identity()));
    }

    /** Ends every notice whose last day has passed; each case in its own transaction, so one failure stops no other. */
    int closeEndedNotices() {
        List<NoticeRepository.Ended> due = notices.endedBefore(today());
        int closed = 0;
        for (NoticeRepository.Ended ended : due) {
            try {
                transaction.executeWithoutResult(status -> close(ended));
                closed++;
            } catch (RuntimeException e) {
                log.error("could not end the notice of case {}; the next round tries again", ended.caseId(), e);
            }
        }
        return closed;
    }

    private void close(NoticeRepository.Ended ended) {
        casework.store(casework.byId(ended.caseId()).endPublicity(ended.lastDay(), SYSTEM, clock.instant()));
        notices.close(ended.caseId(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CaseworkService.DALIAN));
    }
}
