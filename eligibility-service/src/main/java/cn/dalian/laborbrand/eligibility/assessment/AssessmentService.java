package cn.dalian.laborbrand.eligibility.assessment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.eligibility.criteria.CriteriaService;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * Checks a submitted application against its campaign's criteria and tells the others the outcome, and again when
 * the unit resubmits it; the assessment is a rule applied once per round (CriteriaAssessment), on the roster's counts
 * when the application brought its roster, whose published result is what is kept and read.
 */
@Service
class AssessmentService {

    /** The round of an application as first submitted; each resubmission raises it. */
    private static final int AS_SUBMITTED = 0;

    private final CriteriaService criteria;
    private final AssessmentRepository assessments;
    private final AssessmentMapper mapper;
    private final EventOutbox outbox;
    private final Clock clock;

    AssessmentService(CriteriaService criteria, AssessmentRepository assessments, AssessmentMapper mapper, EventOutbox outbox,
            Clock clock) {
        this.criteria = criteria;
        this.assessments = assessments;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The assessment and its event commit together; an application is assessed once as submitted. */
    @Transactional
    Optional<EligibilityAssessed> assess(ApplicationSubmitted submitted) {
        return assess(submitted, AS_SUBMITTED);
    }

    /**
     * The application as resubmitted after a supplement request is assessed like a submission, and its outcome
     * replaces the stored one and is published again (in one transaction), if its round is later than the stored
     * assessment's: a redelivered or older round changes and publishes nothing.
     */
    @Transactional
    Optional<EligibilityAssessed> reassess(ApplicationResubmitted resubmitted) {
        if (!resubmitted.applicationId().equals(resubmitted.application().applicationId())) {
            throw new MalformedEventException("resubmission of application " + resubmitted.applicationId() + " carries application "
                    + resubmitted.application().applicationId());
        }
        return assess(resubmitted.application(), resubmitted.round());
    }

    /** The criteria of the request's campaign applied to its figures; nothing is stored or published. */
    @Transactional(readOnly = true)
    EligibilityPreview preview(PreviewRequest request) {
        var campaign = criteria.forCampaign(request.campaign())
                .orElseThrow(() -> PlatformException.notFound("申报批次 " + request.campaign() + " 尚未设定认定标准。"));
        if (!campaign.campaign().isPublished()) {
            throw new PlatformException(ProblemCode.SERVICE_UNAVAILABLE, "申报批次 " + request.campaign() + " 的申报年度尚未同步，暂不能预评估。");
        }
        Assessment assessment = CriteriaAssessment.assess(campaign, request.requestedLevels(), mapper.toFigures(request));
        return new EligibilityPreview(assessment.ruleSet(), assessment.levels().stream().map(mapper::toResult).toList(),
                assessment.levelsMet(), assessment.riskFlags().stream().map(mapper::toResult).toList());
    }

    private Optional<EligibilityAssessed> assess(ApplicationSubmitted submitted, int round) {
        var campaign = criteria.forCampaign(submitted.campaign()).orElseThrow(() -> new MalformedEventException(
                "application " + submitted.applicationId() + " belongs to campaign " + submitted.campaign() + ", which has no criteria here"));
        Assessment assessment = CriteriaAssessment.assess(campaign, submitted.requestedLevels(), mapper.toFigures(submitted),
                rosterOf(submitted));
        EligibilityAssessed assessed = mapper.toEvent(submitted, assessment, clock.instant());
        if (!assessments.storeIfLater(assessed, round)) {
            return Optional.empty();
        }
        outbox.publish(EligibilityEvents.ASSESSED.about(submitted.applicationId(), assessed));
        return Optional.of(assessed);
    }

    /** The roster's counts, when the application brought a roster (ApplicationSubmitted 1.2 on); counts that cannot be are refused. */
    private Optional<RosterFigures> rosterOf(ApplicationSubmitted submitted) {
        try {
            return Optional.ofNullable(mapper.toRoster(submitted.roster()));
        } catch (IllegalArgumentException impossible) {
            throw new MalformedEventException("application " + submitted.applicationId() + " carries impossible roster counts: "
                    + impossible.getMessage(), impossible);
        }
    }

    @Transactional(readOnly = true)
    EligibilityAssessed visibleAssessment(UUID applicationId, DataScope scope) {
        return assessments.find(applicationId).filter(assessed -> scope.covers(assessed.orgId(), assessed.district()))
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书的预审结果（可能尚在预审中）。"));
    }

    /** The assessments in scope, newest first. */
    @Transactional(readOnly = true)
    Page<EligibilityAssessed> visibleAssessments(DataScope scope, PageQuery page) {
        return assessments.findInScope(scope, page);
    }
}
