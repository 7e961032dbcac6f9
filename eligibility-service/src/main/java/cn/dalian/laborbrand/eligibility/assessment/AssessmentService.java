package cn.dalian.laborbrand.eligibility.assessment;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.eligibility.criteria.CriteriaRepository;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Checks a submitted application against its campaign's criteria and tells the others the outcome. */
@Service
class AssessmentService {

    private final CriteriaRepository criteria;
    private final AssessmentRepository assessments;
    private final AssessmentMapper mapper;
    private final EventOutbox outbox;
    private final Clock clock;

    AssessmentService(CriteriaRepository criteria, AssessmentRepository assessments, AssessmentMapper mapper, EventOutbox outbox,
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
        var campaign = criteria.findByCampaign(submitted.campaign()).orElseThrow(() -> new MalformedEventException(
                "application " + submitted.applicationId() + " belongs to campaign " + submitted.campaign() + ", which has no criteria here"));
        Assessment assessment = CriteriaAssessment.assess(campaign, submitted.requestedLevels(), mapper.toFigures(submitted));
        EligibilityAssessed assessed = mapper.toEvent(submitted, assessment, clock.instant());
        if (!assessments.insert(assessed)) {
            return Optional.empty();
        }
        outbox.publish(EligibilityEvents.ASSESSED, submitted.applicationId().toString(), assessed);
        return Optional.of(assessed);
    }
}
