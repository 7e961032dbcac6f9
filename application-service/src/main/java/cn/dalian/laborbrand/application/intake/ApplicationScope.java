package cn.dalian.laborbrand.application.intake;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * An application as the features that hang off it (its materials, its roster) reach it, always within the caller's
 * data scope: the unit its own organisation's, a district reviewer those of the district, the city's staff any. What
 * lies outside the scope answers "not found", so that ids of others reveal nothing.
 */
@Service
public class ApplicationScope {

    private final ApplicationRepository applications;

    ApplicationScope(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** The unit's own application. */
    @Transactional(readOnly = true)
    public Application ofOrganisation(UUID id, String orgId) {
        return applications.findOfOrganisation(id, orgId)
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的单位。"));
    }

    /** An application a reviewer may read: of their own district, or any for the city's staff ({@code district} null). */
    @Transactional(readOnly = true)
    public Application forReviewer(UUID id, String district) {
        return applications.find(id)
                .filter(found -> district == null || found.district().equals(district))
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的辖区。"));
    }

    /**
     * An application the caller may read: a unit its own, a district reviewer those of the district, a city reviewer
     * and the leading group any; nobody else.
     */
    @Transactional(readOnly = true)
    public Application readableBy(UUID id, CurrentUser user) {
        if (user.hasRole(Role.APPLICANT)) {
            return ofOrganisation(id, user.requireOrgId());
        }
        if (user.hasRole(Role.DISTRICT_REVIEWER)) {
            return forReviewer(id, user.requireDistrict());
        }
        if (user.hasRole(Role.CITY_REVIEWER) || user.hasRole(Role.LEADING_GROUP)) {
            return forReviewer(id, null);
        }
        throw PlatformException.forbidden("您没有查看申报书的权限。");
    }

    /**
     * The unit's own application, locked against its submission until the caller's transaction ends: what belongs to
     * it (a material) is added or removed only while it may change, and no submission passes between that check and
     * the change (submitting locks the application exclusively before it checks).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application lockedForChange(UUID id, String orgId) {
        if (!applications.lock(id, orgId, false)) {
            throw PlatformException.notFound("未找到该申报书，或它不属于您的单位。");
        }
        return ofOrganisation(id, orgId);
    }
}
