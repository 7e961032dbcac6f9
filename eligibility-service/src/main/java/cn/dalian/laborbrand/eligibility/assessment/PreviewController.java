package cn.dalian.laborbrand.eligibility.assessment;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The criteria applied to figures not yet submitted, for the unit's check before it submits and for reviewers who
 * want to see what a correction would change. Reads nothing of anyone's, stores nothing.
 */
@RestController
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
class PreviewController {

    private final AssessmentService assessments;

    PreviewController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/api/eligibility/preview")
    EligibilityPreview preview(@Valid @RequestBody PreviewRequest request) {
        return assessments.preview(request);
    }
}
