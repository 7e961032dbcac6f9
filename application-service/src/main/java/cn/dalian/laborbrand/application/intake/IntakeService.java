package cn.dalian.laborbrand.application.intake;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** Opens and reads an applicant unit's applications, always within its own organisation. */
@Service
class IntakeService {

    private final ApplicationRepository applications;
    private final Clock clock;
    private final String currentCampaign;

    IntakeService(ApplicationRepository applications, Clock clock,
            @Value("${laborbrand.campaign.current}") String currentCampaign) {
        this.applications = applications;
        this.clock = clock;
        this.currentCampaign = currentCampaign;
    }

    @Transactional
    Application openDraft(Applicant applicant, DraftRequest request) {
        Application draft = Application.draft(UUID.randomUUID(), currentCampaign, applicant, request.brandName(),
                request.unitType(), request.requestedLevels(), clock.instant());
        applications.insert(draft);
        return draft;
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
