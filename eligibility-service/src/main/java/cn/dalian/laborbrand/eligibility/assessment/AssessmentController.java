package cn.dalian.laborbrand.eligibility.assessment;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * The assessment of one application: its own unit, the bureau of its district and city staff may read
 * it; to anybody else it does not exist.
 */
@RestController
class AssessmentController {

    private final AssessmentRepository assessments;

    AssessmentController(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/eligibility/assessments/{applicationId}")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    @Transactional(readOnly = true)
    public EligibilityAssessed assessment(CurrentUser user, @PathVariable UUID applicationId) {
        return assessments.find(applicationId)
                .filter(assessed -> visibleTo(user, assessed))
                .orElseThrow(() -> PlatformException.notFound("未找到该申报书的预审结果（可能尚在预审中）。"));
    }

    private static boolean visibleTo(CurrentUser user, EligibilityAssessed assessed) {
        return user.hasRole(Role.CITY_REVIEWER) || user.hasRole(Role.LEADING_GROUP)
                || (user.hasRole(Role.DISTRICT_REVIEWER) && user.district().filter(assessed.district()::equals).isPresent())
                || (user.hasRole(Role.APPLICANT) && user.orgId().filter(assessed.orgId()::equals).isPresent());
    }
}
