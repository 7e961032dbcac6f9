package cn.dalian.laborbrand.application.intake;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * Who may see and change what belongs to an application (its roster, its materials): the unit its own organisation's,
 * a district reviewer those of the district, the city's staff any; only the unit changes, and only a draft or an
 * application whose supplement is asked. Others' ids answer "not found", so they reveal nothing.
 */
@Service
public class ApplicationAccess {

    private final ApplicationRepository applications;

    ApplicationAccess(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public Application readable(UUID id, CurrentUser user) {
        if (user.hasRole(Role.APPLICANT)) {
            return applications.findOfOrganisation(id, user.requireOrgId())
                    .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的单位。"));
        }
        String district = user.hasRole(Role.DISTRICT_REVIEWER) ? user.requireDistrict() : null;
        if (district == null && !user.hasRole(Role.CITY_REVIEWER) && !user.hasRole(Role.LEADING_GROUP)) {
            throw PlatformException.forbidden("只有申报单位和评审人员可以查看申报材料。");
        }
        return applications.find(id)
                .filter(found -> district == null || found.district().equals(district))
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的辖区。"));
    }

    /** The unit's own application, if it may still change what it hands in. */
    @Transactional(readOnly = true)
    public Application editable(UUID id, CurrentUser user) {
        Application application = applications.findOfOrganisation(id, user.requireOrgId())
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书，或它不属于您的单位。"));
        if (application.status() != ApplicationStatus.DRAFT && application.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw new PlatformException(IntakeProblem.APPLICATION_NOT_EDITABLE,
                    "申报书已提交，不能再更改申报材料；区人社部门要求补充材料时可以更改。");
        }
        return application;
    }

    /** Whether the person is staff (not the unit): their reads of workers' unmasked data are audited. */
    public static boolean isStaff(CurrentUser user) {
        return !user.hasRole(Role.APPLICANT);
    }
}
