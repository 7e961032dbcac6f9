package cn.dalian.laborbrand.application.intake;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Opens, revises, reads and submits an applicant unit's applications, always within its own organisation. */
@Service
class IntakeService {

    private final ApplicationRepository applications;
    private final IntakeMapper mapper;
    private final EventOutbox outbox;
    private final CampaignProperties campaign;
    private final Clock clock;

    IntakeService(ApplicationRepository applications, IntakeMapper mapper, EventOutbox outbox, CampaignProperties campaign,
            Clock clock) {
        this.applications = applications;
        this.mapper = mapper;
        this.outbox = outbox;
        this.campaign = campaign;
        this.clock = clock;
    }

    @Transactional
    Application openDraft(Applicant applicant, Application.Content content) {
        Application draft = Application.draft(UUID.randomUUID(), campaign.current(), applicant, content, clock.instant());
        applications.insert(draft);
        return draft;
    }

    @Transactional
    Application revise(UUID id, String orgId, Application.Content content) {
        Application revised = ofOrganisation(id, orgId).revise(content, clock.instant());
        applications.update(revised);
        return revised;
    }

    /** The application goes to the district bureau, and its event with it, in one transaction. */
    @Transactional
    Application submit(UUID id, Applicant applicant) {
        Application submitted = ofOrganisation(id, applicant.orgId())
                .submit(campaign.declaredYears(), applicant.username(), clock.instant());
        applications.update(submitted);
        outbox.publish(ApplicationEvents.SUBMITTED, submitted.id().toString(), mapper.toSubmitted(submitted));
        return submitted;
    }

    /** Another organisation's application answers "not found", so ids of others reveal nothing. */
    @Transactional(readOnly = true)
    Application ofOrganisation(UUID id, String orgId) {
        return applications.findOfOrganisation(id, orgId)
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的单位。"));
    }

    @Transactional(readOnly = true)
    List<Application> allOfOrganisation(String orgId) {
        return applications.findAllOfOrganisation(orgId);
    }
}
