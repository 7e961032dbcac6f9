package cn.dalian.laborbrand.eligibility.assessment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.eligibility.criteria.CriteriaService;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * Checks a submitted application against its campaign's criteria and tells the others the outcome; the assessment
 * is a rule applied once (CriteriaAssessment), whose published result is what is kept and read.
 */
@Service
class AssessmentService {

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

    /** The assessment and its event commit together; an application is assessed once. */
    @Transactional
    Optional<EligibilityAssessed> assess(ApplicationSubmitted submitted) {
        var campaign = criteria.forCampaign(submitted.campaign()).orElseThrow(() -> new MalformedEventException(
                "application " + submitted.applicationId() + " belongs to campaign " + submitted.campaign() + ", which has no criteria here"));
        Assessment assessment = CriteriaAssessment.assess(campaign, submitted.requestedLevels(), mapper.toFigures(submitted));
        EligibilityAssessed assessed = mapper.toEvent(submitted, assessment, clock.instant());
        if (!assessments.insert(assessed)) {
            return Optional.empty();
        }
        outbox.publish(EligibilityEvents.ASSESSED.about(submitted.applicationId(), assessed));
        return Optional.of(assessed);
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
