package cn.dalian.laborbrand.review.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseRequests.ApprovalRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.CityReviewRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.DistrictDecisionRequest;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.calendar.CalendarService;
import cn.dalian.laborbrand.platform.calendar.WorkingDayCalendar;
import cn.dalian.laborbrand.review.campaign.CampaignTerms;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

/**
 * Moves cases through their stages on behalf of the district bureau, the city bureau and the leading group
 * office: the case decides each step and the events it causes; this service stores the case, its history and
 * its events in one transaction. A case outside the caller's scope answers "not found".
 */
@Service
public class CaseworkService {

    /** Decisions are dated by the day in Dalian. */
    public static final ZoneId DALIAN = ZoneId.of("Asia/Shanghai");

    private final CaseRepository cases;
    private final PrecheckService prechecks;
    private final InspectionRecords inspections;
    private final CalendarService calendar;
    private final CampaignTermsService campaigns;
    private final QueueProperties queueProperties;
    private final EventOutbox outbox;
    private final Clock clock;

    CaseworkService(CaseRepository cases, PrecheckService prechecks, InspectionRecords inspections, CalendarService calendar,
            CampaignTermsService campaigns, QueueProperties queueProperties, EventOutbox outbox, Clock clock) {
        this.cases = cases;
        this.calendar = calendar;
        this.prechecks = prechecks;
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.queueProperties = queueProperties;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A submitted application opens its case in its district's queue, once. */
    @Transactional
    public Optional<ReviewCase> open(ApplicationSubmitted submitted) {
        ReviewCase.Moved opened = ReviewCase.open(UUID.randomUUID(), submitted, clock.instant());
        if (!cases.insert(opened.state())) {
            return Optional.empty();
        }
        cases.record(opened.transition());
        cases.keepApplication(opened.state().id(), submitted);
        return Optional.of(opened.state());
    }

    @Transactional(readOnly = true)
    public ReviewCase visibleCase(UUID id, Reviewer reviewer) {
        return cases.find(id).filter(reviewer.scope()::covers)
                .orElseThrow(() -> PlatformException.notFound("未找到该评审案件，或它不在您的职责范围内。"));
    }

    /** A case for the platform's own scheduled steps (the closing of notices), not on behalf of a person. */
    @Transactional(readOnly = true)
    public ReviewCase byId(UUID id) {
        return cases.find(id).orElseThrow(() -> new IllegalStateException("review case " + id + " does not exist"));
    }

    /** The reviewer's queue, oldest first: their district's cases, or what the districts forwarded to the city. */
    @Transactional(readOnly = true)
    Page<QueuedCase> queue(Reviewer reviewer, QueueFilter filter, PageQuery page) {
        return cases.findVisible(reviewer.scope(), filter, page);
    }

    /** The working-day clock of each case today, against its campaign's deadlines. */
    @Transactional(readOnly = true)
    Map<UUID, StageClock> clocksOf(List<ReviewCase> page) {
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate today = ChineseDates.today(clock);
        Map<String, Optional<CampaignTerms>> terms = new HashMap<>();
        Map<UUID, StageClock> clocks = new HashMap<>();
        for (ReviewCase reviewCase : page) {
            clocks.put(reviewCase.id(), terms.computeIfAbsent(reviewCase.campaign(), campaigns::find)
                    .map(campaign -> StageClock.of(reviewCase, campaign.forwardingDeadline(), campaign.noticeWorkingDays(), workingDays, today,
                            queueProperties.deadlineWarningWorkingDays()))
                    .orElse(StageClock.UNKNOWN));
        }
        return clocks;
    }

    /**
     * The cases of a campaign at the stages, of one district or of all, by district then oldest first: what the documents
     * reviewers export list (a campaign has hundreds of cases at most, so they are read at once). The caller decides
     * whose scope the list is in.
     */
    @Transactional(readOnly = true)
    public List<ReviewCase> casesOf(String campaign, Optional<String> district, Set<ReviewStage> stages) {
        return stages.isEmpty() ? List.of() : cases.findInCampaign(campaign, district, stages);
    }

    /**
     * The case of an applicant unit's own application; another unit's case, or one not opened yet, is "not found"
     * (the unit learns nothing about applications that are not its own).
     */
    @Transactional(readOnly = true)
    ReviewCase caseOfOwnApplication(UUID applicationId, Optional<String> orgId) {
        return cases.findByApplication(applicationId).filter(reviewCase -> orgId.map(reviewCase.orgId()::equals).orElse(false))
                .orElseThrow(() -> PlatformException.notFound("该申报尚未进入评审，或不是本单位的申报。"));
    }

    /** The cases of a campaign recommended for the city level and forwarded (for the city's ranking). */
    @Transactional(readOnly = true)
    public List<ReviewCase> recommendedForCity(String campaign) {
        return cases.recommendedForCity(campaign);
    }

    /** How many cases each district has at each stage of a campaign (for the city's watch on district progress). */
    @Transactional(readOnly = true)
    public List<DistrictTally> tallyByDistrict(String campaign) {
        return cases.tallyByDistrict(campaign);
    }

    /** The application as the unit last handed it in (Attachment 1), for documents rendered from it. */
    @Transactional(readOnly = true)
    public Optional<ApplicationSubmitted> applicationOf(ReviewCase reviewCase) {
        return cases.application(reviewCase.id());
    }

    @Transactional(readOnly = true)
    public List<Transition> historyOf(ReviewCase reviewCase) {
        return cases.history(reviewCase.id());
    }

    @Transactional(readOnly = true)
    List<Transition> history(UUID id, Reviewer reviewer) {
        return cases.history(visibleCase(id, reviewer).id());
    }

    @Transactional(readOnly = true)
    Optional<Precheck> precheckOf(ReviewCase reviewCase) {
        return prechecks.of(reviewCase.applicationId());
    }

    /** The district decides on the pre-check and the inspection's conclusion as they stand now. */
    @Transactional
    ReviewCase decideAtDistrict(UUID id, Reviewer reviewer, DistrictDecisionRequest request) {
        ReviewCase reviewCase = visibleCase(id, reviewer);
        return store(reviewCase.decideAtDistrict(request, prechecks.of(reviewCase.applicationId()), inspections.outcomeOf(reviewCase.id()),
                reviewer.username(), clock.instant()));
    }

    /** The office working on the case rejects it, with the reason the unit receives. */
    @Transactional
    ReviewCase reject(UUID id, Reviewer reviewer, String reason) {
        ReviewCase reviewCase = visibleCase(id, reviewer);
        return store(reviewCase.reject(reviewer.officeFor(reviewCase), reason, reviewer.username(), clock.instant()));
    }

    /** A reviewer of the office working on the case gives it to a colleague, takes it, or leaves it unassigned. */
    @Transactional
    ReviewCase assign(UUID id, Reviewer reviewer, Optional<String> assignee) {
        ReviewCase reviewCase = visibleCase(id, reviewer);
        reviewer.officeFor(reviewCase);
        cases.assign(reviewCase.id(), assignee.map(String::strip).filter(name -> !name.isEmpty()).orElse(null), clock.instant());
        return reviewCase;
    }

    @Transactional(readOnly = true)
    Optional<Assignment> assignmentOf(ReviewCase reviewCase) {
        return cases.assignment(reviewCase.id());
    }

    /** The district asks for a supplement, due the given number of working days after today. */
    @Transactional
    ReviewCase requestSupplement(UUID id, Reviewer reviewer, CaseRequests.SupplementRequest request) {
        LocalDate dueOn = calendar.lastDayOf(ChineseDates.today(clock).plusDays(1), request.dueWorkingDays());
        return store(visibleCase(id, reviewer).requestSupplement(request, dueOn, reviewer.username(), clock.instant()));
    }

    /** The unit resubmitted: its case returns to the district queue; a late or repeated event changes nothing. */
    @Transactional
    public void resubmitted(ApplicationResubmitted resubmission) {
        cases.findByApplication(resubmission.applicationId())
                .flatMap(reviewCase -> reviewCase.resubmitted(resubmission, clock.instant()))
                .ifPresent(moved -> {
                    store(moved);
                    cases.keepApplication(moved.state().id(), resubmission.application());
                });
    }

    /** The unit withdrew: its case closes, unless the district decided first. */
    @Transactional
    public void withdrawn(ApplicationWithdrawn withdrawal) {
        cases.findByApplication(withdrawal.applicationId())
                .flatMap(reviewCase -> reviewCase.withdrawn(withdrawal, clock.instant()))
                .ifPresent(this::store);
    }

    @Transactional
    ReviewCase reviewAtCity(UUID id, Reviewer reviewer, CityReviewRequest request) {
        return store(visibleCase(id, reviewer).reviewAtCity(request, reviewer.username(), clock.instant()));
    }

    @Transactional
    ReviewCase approve(UUID id, Reviewer reviewer, ApprovalRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(DALIAN));
        ReviewCase reviewCase = visibleCase(id, reviewer);
        return store(reviewCase.approve(request, prechecks.of(reviewCase.applicationId()), cases.history(reviewCase.id()), UUID.randomUUID(),
                today, reviewer.username(), clock.instant()));
    }

    /**
     * A fact that belongs in the case's history but moves nothing (an objection lodged, or dismissed, during the notice):
     * the case's state and version are untouched, so that it never conflicts with a reviewer's decision.
     */
    @Transactional
    public void recordInHistory(UUID caseId, CaseAction action, String actor, String comment) {
        ReviewCase reviewCase = byId(caseId);
        cases.record(new Transition(caseId, reviewCase.stage(), reviewCase.stage(), action, actor, clock.instant(), comment));
    }

    /** Keeps a step of a case: its new state (if nobody moved it meanwhile), its history entry and its events. */
    @Transactional
    public ReviewCase store(ReviewCase.Moved moved) {
        cases.update(moved.state());
        cases.record(moved.transition());
        outbox.publish(moved.events());
        return moved.state();
    }
}
