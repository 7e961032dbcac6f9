package cn.dalian.laborbrand.application.organisation;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.application.district.DistrictService;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/** Keeps a unit's profile, always the profile of the caller's own organisation. */
@Service
public class ProfileService {

    private final ProfileRepository profiles;
    private final DistrictService districts;
    private final EventOutbox outbox;
    private final Clock clock;

    ProfileService(ProfileRepository profiles, DistrictService districts, EventOutbox outbox, Clock clock) {
        this.profiles = profiles;
        this.districts = districts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationProfile> find(String orgId) {
        return profiles.find(orgId);
    }

    /** The unit's profile; without one the unit is asked to fill it in first. */
    @Transactional(readOnly = true)
    public OrganisationProfile require(String orgId) {
        return profiles.find(orgId).orElseThrow(() -> new PlatformException(ProfileProblem.PROFILE_MISSING));
    }

    /**
     * The unit's bank account in full, for finance staff paying its subsidy; every such read is recorded with who and in
     * which role. A unit without a profile has no account (404).
     */
    @Transactional
    BankAccount disclosePayeeAccount(String creditCode, String username, String role) {
        OrganisationProfile profile = profiles.find(creditCode)
                .orElseThrow(() -> PlatformException.notFound("该单位尚未填写单位档案，没有收款账户。"));
        profiles.recordPayeeDisclosure(creditCode, username, role, clock.instant());
        return profile.bankAccount();
    }

    /**
     * Stores the profile the unit keeps: its district must be on the list and accepting applications. The first save
     * needs no version; later ones name the version edited. Its contacts are published with the stored version, in the
     * same transaction.
     */
    @Transactional
    OrganisationProfile keep(String tokenOrgId, OrganisationProfile.Particulars particulars, Integer editedVersion, String username) {
        districts.requireAccepting(particulars.district());
        OrganisationProfile previous = profiles.find(tokenOrgId).orElse(null);
        if (previous != null && editedVersion == null) {
            throw new PlatformException(ProblemCode.PRECONDITION_REQUIRED, "单位档案已存在，修改时请在 If-Match 中注明所修改的版本。");
        }
        OrganisationProfile kept = OrganisationProfile.kept(tokenOrgId, particulars, previous, username, clock.instant());
        int version = profiles.save(kept, previous == null ? null : editedVersion).orElseThrow(
                () -> new PlatformException(ProblemCode.PRECONDITION_FAILED, "单位档案已被他人修改，请刷新后在最新版本上修改。"));
        OrganisationProfile stored = kept.atVersion(version);
        outbox.publish(stored.contactsChanged());
        return stored;
    }
}
