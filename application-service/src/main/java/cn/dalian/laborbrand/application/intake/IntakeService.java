package cn.dalian.laborbrand.application.intake;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Opens, revises, reads and submits an applicant unit's applications, always within its own organisation. */
@Service
class IntakeService {

    private final ApplicationRepository applications;
    private final EventOutbox outbox;
    private final CampaignProperties campaign;
    private final Clock clock;

    IntakeService(ApplicationRepository applications, EventOutbox outbox, CampaignProperties campaign, Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.campaign = campaign;
        this.clock = clock;
    }

    public CampaignProperties currentCampaign() {
        return campaign;
    }

    @Transactional
    Application openDraft(Applicant applicant, Application.Content content) {
        Application draft = Application.draft(UUID.randomUUID(), campaign.current(), applicant, content, clock.instant());
        applications.insert(draft);
        return draft;
    }

    /** The draft with new content, if the version edited is the one stored; answers the draft as stored now. */
    @Transactional
    Application revise(UUID id, String orgId, int editedVersion, Application.Content content) {
        return applications.update(ofOrganisation(id, orgId).revise(content, editedVersion, clock.instant()));
    }

    /** The application goes to the district bureau, and its event with it, in one transaction. */
    @Transactional
    Application submit(UUID id, Applicant applicant) {
        Changed<Application> submitted = ofOrganisation(id, applicant.orgId())
                .submit(campaign.declaredYears(), applicant.username(), clock.instant());
        Application stored = applications.update(submitted.state());
        outbox.publish(submitted.events());
        return stored;
    }

    /** Another organisation's application answers "not found", so ids of others reveal nothing. */
    @Transactional(readOnly = true)
    Application ofOrganisation(UUID id, String orgId) {
        return applications.findOfOrganisation(id, orgId)
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的单位。"));
    }

    @Transactional(readOnly = true)
    Page<Application> allOfOrganisation(String orgId, PageQuery page) {
        return applications.findAllOfOrganisation(orgId, page);
    }
}
