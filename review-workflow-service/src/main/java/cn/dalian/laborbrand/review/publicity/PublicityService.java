package cn.dalian.laborbrand.review.publicity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.calendar.CalendarService;
import cn.dalian.laborbrand.review.campaign.CampaignTerms;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.NoticeWindow;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * The public notice (公示): a district publishes the brands it selected, in one notice with a generated text, for the
 * campaign's number of working days by the official calendar; when the last day has passed and nothing holds a case
 * back (an objection not yet resolved), the case goes to the city bureau.
 */
@Service
public class PublicityService {

    private static final Logger log = LoggerFactory.getLogger(PublicityService.class);
    static final String SYSTEM = "system";
    /** More would no longer be a list a person reads through; a district publishes in several notices then. */
    static final int MAX_BRANDS = 50;

    private final CaseworkService casework;
    private final NoticeRepository notices;
    private final CalendarService calendar;
    private final PublicityProperties properties;
    private final CampaignTermsService campaigns;
    private final List<ForwardingHold> holds;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicityService(CaseworkService casework, NoticeRepository notices, CalendarService calendar, PublicityProperties properties,
            CampaignTermsService campaigns, List<ForwardingHold> holds, TransactionTemplate transaction, Clock clock) {
        this.casework = casework;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
        this.campaigns = campaigns;
        this.holds = List.copyOf(holds);
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Publishes one notice for cases of the reviewer's district, in the order given, from the day asked (as soon as it
     * can when none): every case goes under notice, or none does.
     */
    @Transactional
    PublicNotice publish(List<UUID> caseIds, Reviewer reviewer, LocalDate startsOn) {
        if (new HashSet<>(caseIds).size() != caseIds.size()) {
            throw new PlatformException(PublicityProblem.NOTICE_CASES_INVALID, "同一申报在公示名单中出现了不止一次。");
        }
        List<ReviewCase> cases = caseIds.stream().map(id -> casework.visibleCase(id, reviewer)).toList();
        if (cases.stream().map(ReviewCase::district).distinct().count() > 1) {
            throw new PlatformException(PublicityProblem.NOTICE_CASES_INVALID, "一份公示只能列出同一区市县的申报。");
        }
        if (cases.stream().map(ReviewCase::campaign).distinct().count() > 1) {
            throw new PlatformException(PublicityProblem.NOTICE_CASES_INVALID, "一份公示只能列出同一申报批次的申报。");
        }
        ReviewCase first = cases.getFirst();
        CampaignTerms terms = campaigns.of(first.campaign());
        NoticeWindow window = new NoticeDates(calendar.calendar(), terms.noticeWorkingDays(), properties.maxDaysAhead())
                .windowFor(today(), startsOn, terms.forwardingDeadline());
        NoticeIssuer issuer = issuerOf(first.district());
        Instant at = clock.instant();
        List<ReviewCase> underNotice = cases.stream()
                .map(reviewCase -> casework.store(reviewCase.startPublicity(window, reviewer.username(), at)))
                .toList();
        int cityLevel = (int) underNotice.stream().filter(reviewCase -> reviewCase.noticeLevels().contains(BrandLevel.CITY)).count();
        NoticeText text = NoticeText.of(issuer, campaignYear(terms, window), window, underNotice.size(), cityLevel);
        PublicNotice notice = PublicNotice.of(UUID.randomUUID(), underNotice, text, window, reviewer.username(), at);
        notices.insert(notice);
        return notice;
    }

    /** The notice listing a case the reviewer may see; "not found" before the district has published one. */
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

    /** A notice the public may read today; one not started yet or ended is not found. */
    @Transactional(readOnly = true)
    PublicNotice openNotice(UUID id) {
        return notices.findById(id).filter(notice -> notice.isOpenOn(today()))
                .orElseThrow(() -> PlatformException.notFound("未找到该公示，或公示期已结束。"));
    }

    /** A notice as published, whatever its dates (for the features that act on its brands). */
    @Transactional(readOnly = true)
    public PublicNotice notice(UUID id) {
        return notices.findById(id).orElseThrow(() -> PlatformException.notFound("未找到该公示。"));
    }

    /**
     * Locks a brand's entry on its list for the caller's transaction, so that the closing and a change to the brand (an
     * objection lodged on the last evening) do not cross; false when the closing has dealt with it already.
     */
    @Transactional
    public boolean lockOpenEntry(UUID entryId) {
        return notices.lockOpen(entryId);
    }

    /** An objection against the brand was upheld and its case rejected: the brand leaves the list, nothing is forwarded. */
    @Transactional
    public void withdrawFromNotice(UUID caseId) {
        notices.withdraw(caseId, clock.instant());
    }

    /** The district withdrew its city-level recommendation during the notice: the list shows the levels it keeps. */
    @Transactional
    public void changeListedLevels(UUID caseId, Set<BrandLevel> levels) {
        notices.changeLevels(caseId, levels);
    }

    /** Demonstration data only ({@link DemoNoticeDays}): the notice of the case as if its days had passed. */
    @Transactional
    PublicNotice elapse(UUID caseId) {
        PublicNotice notice = notices.findByCase(caseId).orElseThrow(() -> PlatformException.notFound("该案件尚未发布公示。"));
        long days = ChronoUnit.DAYS.between(today().minusDays(1), notice.endsOn());
        if (days > 0) {
            notices.shiftBack(notice.id(), days);
        }
        return notices.findById(notice.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<NoticeIssuer> issuers() {
        return notices.issuers();
    }

    @Transactional
    NoticeIssuer saveIssuer(NoticeIssuer issuer, String operator) {
        notices.saveIssuer(issuer, operator, clock.instant());
        return issuer;
    }

    private NoticeIssuer issuerOf(String district) {
        return notices.issuerOf(district).orElseThrow(() -> new PlatformException(PublicityProblem.NOTICE_ISSUER_UNKNOWN,
                "尚未登记区市县 " + district + " 的公示发布机关（公示标题中的地区名称和落款单位），请联系运维人员登记后再发布公示。")
                .with("district", district));
    }

    /** What the closing did with one brand whose notice ended. */
    enum Closing { FORWARDED, HELD, LEFT }

    /**
     * Looks at every brand whose notice has ended: forwards its case unless something holds it; each in its own
     * transaction, so that one failure stops no other.
     *
     * @return how many cases went on to the city
     */
    public int closeEndedNotices() {
        int forwarded = 0;
        int held = 0;
        for (NoticeRepository.Ended ended : notices.endedBefore(today())) {
            try {
                Closing closing = transaction.execute(status -> close(ended));
                forwarded += closing == Closing.FORWARDED ? 1 : 0;
                held += closing == Closing.HELD ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("could not end the notice of case {}; the next round tries again", ended.caseId(), e);
            }
        }
        if (held > 0) {
            // every round while they wait: the district's objection list says which, not the log
            log.debug("{} case(s) whose notice ended wait for their objections to be resolved", held);
        }
        return forwarded;
    }

    private Closing close(NoticeRepository.Ended ended) {
        if (!notices.lockOpen(ended.entryId())) {
            return Closing.LEFT;
        }
        if (holds.stream().anyMatch(hold -> hold.holds(ended.caseId()))) {
            return Closing.HELD;
        }
        Instant at = clock.instant();
        notices.close(ended.entryId(), at);
        ReviewCase reviewCase = casework.byId(ended.caseId());
        if (reviewCase.stage() != ReviewStage.PUBLICITY) {
            // rejected while under notice: nothing goes to the city
            return Closing.LEFT;
        }
        casework.store(reviewCase.endPublicity(ended.lastDay(), SYSTEM, at));
        return Closing.FORWARDED;
    }

    /** 2026 in 「…2026年度劳务品牌拟认定名单公示」: the campaign's code when it is a year (as it is), else the notice's year. */
    private static String campaignYear(CampaignTerms terms, NoticeWindow window) {
        return terms.code().matches("\\d{4}") ? terms.code() : String.valueOf(window.startsOn().getYear());
    }

    private LocalDate today() {
        return ChineseDates.today(clock);
    }
}
