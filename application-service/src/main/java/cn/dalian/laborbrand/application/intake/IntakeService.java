package cn.dalian.laborbrand.application.intake;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.application.campaign.Campaign;
import cn.dalian.laborbrand.application.campaign.CampaignService;
import cn.dalian.laborbrand.application.district.DistrictService;
import cn.dalian.laborbrand.application.naming.BrandNameRule;
import cn.dalian.laborbrand.application.naming.NameCheck;
import cn.dalian.laborbrand.application.organisation.OrganisationProfile;
import cn.dalian.laborbrand.application.organisation.ProfileService;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * Opens, revises, checks, submits, resubmits and withdraws an applicant unit's applications, always within its own
 * organisation; takes the district's supplement requests and decisions.
 */
@Service
class IntakeService {

    private final ApplicationRepository applications;
    private final ApplicationScope scope;
    private final MaterialsCheck materials;
    private final EventOutbox outbox;
    private final CampaignService campaigns;
    private final ProfileService profiles;
    private final DistrictService districts;
    private final EligibilityPreviewClient eligibility;
    private final SubmittedRoster roster;
    private final Clock clock;

    IntakeService(ApplicationRepository applications, ApplicationScope scope, MaterialsCheck materials, EventOutbox outbox,
            CampaignService campaigns, ProfileService profiles, DistrictService districts, EligibilityPreviewClient eligibility,
            SubmittedRoster roster, Clock clock) {
        this.eligibility = eligibility;
        this.roster = roster;
        this.applications = applications;
        this.scope = scope;
        this.materials = materials;
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.districts = districts;
        this.clock = clock;
    }

    /** A new draft in the campaign open now, for the district the unit's profile names: the unit keeps its profile first. */
    @Transactional
    Application openDraft(Applicant applicant, Application.Content content) {
        OrganisationProfile profile = profiles.require(applicant.orgId());
        Application draft = Application.draft(UUID.randomUUID(), campaigns.current().code(), applicant.orgId(), profile.district(),
                applicant.username(), content, clock.instant());
        applications.insert(draft);
        return draft;
    }

    /** The draft (or the reopened parts) with new content, if the version edited is the one stored. */
    @Transactional
    Application revise(UUID id, String orgId, int editedVersion, Application.Content content) {
        return applications.update(ofOrganisation(id, orgId).revise(content, editedVersion, clock.instant()));
    }

    /** Every check before submission, for the form to show at once, with the eligibility preview of complete figures. */
    SubmissionCheck check(UUID id, String orgId) {
        return withPreview(ofOrganisation(id, orgId));
    }

    /** The application goes to the district bureau, and its event with it, in one transaction. */
    @Transactional
    Application submit(UUID id, Applicant applicant) {
        Application application = lockedToHandIn(id, applicant.orgId());
        OrganisationProfile profile = profiles.require(applicant.orgId());
        Changed<Application> submitted = application.submit(checkOf(application), Unit.of(profile), profile.district(),
                roster.summaryOf(application).orElse(null), applicant.username(), clock.instant());
        return store(submitted);
    }

    /** The supplemented application goes back to the same district bureau. */
    @Transactional
    Application resubmit(UUID id, Applicant applicant) {
        Application application = lockedToHandIn(id, applicant.orgId());
        OrganisationProfile profile = profiles.require(applicant.orgId());
        return store(application.resubmit(checkOf(application), Unit.of(profile), roster.summaryOf(application).orElse(null),
                applicant.username(), clock.instant()));
    }

    @Transactional
    Application withdraw(UUID id, Applicant applicant, String reason) {
        return store(ofOrganisation(id, applicant.orgId()).withdraw(reason, applicant.username(), clock.instant()));
    }

    /** The district asked for a supplement; an application withdrawn meanwhile stays withdrawn. */
    @Transactional
    void requestSupplement(UUID id, Supplement supplement) {
        Application application = applications.find(id).orElseThrow(() -> new IllegalStateException("no application " + id));
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            return;
        }
        applications.update(application.requestSupplement(supplement, clock.instant()));
    }

    @Transactional
    void decided(UUID id) {
        Application application = applications.find(id).orElseThrow(() -> new IllegalStateException("no application " + id));
        Application decided = application.decided(clock.instant());
        if (decided != application) {
            applications.update(decided);
        }
    }

    /** The review did not take the application further; the unit reads why on its application. */
    @Transactional
    void rejected(UUID id, Rejection why) {
        Application application = applications.find(id).orElseThrow(() -> new IllegalStateException("no application " + id));
        Application rejected = application.rejected(why, clock.instant());
        if (rejected != application) {
            applications.update(rejected);
        }
    }

    /** A proposed name checked against the rule of a level, for the unit's type and legal name, as the unit types it. */
    @Transactional(readOnly = true)
    NameCheck checkName(String orgId, String name, BrandLevel level) {
        OrganisationProfile profile = profiles.require(orgId);
        return nameRule().check(name, level, profile.unitType(), profile.legalName());
    }

    /** Another organisation's application answers "not found", so ids of others reveal nothing. */
    @Transactional(readOnly = true)
    Application ofOrganisation(UUID id, String orgId) {
        return scope.ofOrganisation(id, orgId);
    }

    /**
     * The application, locked exclusively until it is handed in: its materials do not change between the check and
     * the submission (a change of them locks it shared, see {@link ApplicationScope#lockedForChange}).
     */
    private Application lockedToHandIn(UUID id, String orgId) {
        if (!applications.lock(id, orgId, true)) {
            throw PlatformException.notFound("未找到该申报书，或它不属于您的单位。");
        }
        return ofOrganisation(id, orgId);
    }

    /** The checks of an application a reviewer may see: of their own district, or any for the city's staff. */
    SubmissionCheck checkForReviewer(UUID id, String district) {
        return withPreview(scope.forReviewer(id, district));
    }

    // outside a transaction: no database connection is held while eligibility-service answers
    private SubmissionCheck withPreview(Application application) {
        SubmissionCheck check = checkOf(application);
        return eligibility.preview(application, campaigns.find(application.campaign()).declaredYears())
                .map(check::withPreview).orElse(check);
    }

    @Transactional(readOnly = true)
    Page<Application> allOfOrganisation(String orgId, PageQuery page) {
        return applications.findAllOfOrganisation(orgId, page);
    }

    private SubmissionCheck checkOf(Application application) {
        OrganisationProfile profile = profiles.find(application.orgId()).orElse(null);
        Campaign campaign = campaigns.find(application.campaign());
        UnitType unitType = profile == null ? null : profile.unitType();
        return new SubmissionRules(nameRule()).check(application, profile,
                profile == null ? null : districts.find(profile.district()), campaign, campaigns.today(),
                materials.missingFor(application, unitType));
    }

    private BrandNameRule nameRule() {
        return new BrandNameRule(districts.placeNames());
    }

    private Application store(Changed<Application> changed) {
        Application stored = applications.update(changed.state());
        outbox.publish(changed.events());
        return stored;
    }
}
