package cn.dalian.laborbrand.eligibility.assessment;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * The assessments of applications: its own unit, the bureau of its district and city staff may read one; to
 * anybody else it does not exist.
 */
@RestController
@RequestMapping("/api/eligibility/assessments")
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
class AssessmentController {

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** The caller's assessments, newest first. */
    @GetMapping
    public Page<EligibilityAssessed> assessments(CurrentUser user, @Valid @ParameterObject PageQuery page) {
        return assessments.visibleAssessments(scopeOf(user), page);
    }

    @GetMapping("/{applicationId}")
    public EligibilityAssessed assessment(CurrentUser user, @PathVariable UUID applicationId) {
        return assessments.visibleAssessment(applicationId, scopeOf(user));
    }

    private static DataScope scopeOf(CurrentUser user) {
        return AssessmentScope.of(user.roles(), user.orgId(), user.district());
    }
}
