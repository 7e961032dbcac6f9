package cn.dalian.laborbrand.review.casework;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** What an applicant unit sees of the review of its own application. */
@RestController
class ApplicantProgressController {

    private final CaseworkService casework;
    private final CaseMapper mapper;

    ApplicantProgressController(CaseworkService casework, CaseMapper mapper) {
        this.casework = casework;
        this.mapper = mapper;
    }

    @GetMapping("/api/reviews/applications/{applicationId}/progress")
    @PreAuthorize("hasRole('APPLICANT')")
    public ProgressView progress(CurrentUser user, @PathVariable UUID applicationId) {
        ReviewCase reviewCase = casework.caseOfOwnApplication(applicationId, user.orgId());
        return mapper.toProgress(reviewCase, casework.historyOf(reviewCase));
    }
}
