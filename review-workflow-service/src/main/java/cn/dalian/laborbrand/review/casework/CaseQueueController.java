package cn.dalian.laborbrand.review.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * Reviewers' work on cases: the queue (their own district, or what the districts forwarded to the city),
 * one case with its pre-check and history, and the decisions of each stage.
 */
@RestController
@RequestMapping("/api/reviews/cases")
class CaseQueueController {

    private final CaseRepository cases;
    private final CaseworkService casework;
    private final CaseMapper mapper;

    CaseQueueController(CaseRepository cases, CaseworkService casework, CaseMapper mapper) {
        this.cases = cases;
        this.casework = casework;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    @Transactional(readOnly = true)
    public List<CaseView> queue(CurrentUser user, @RequestParam Optional<ReviewStage> stage) {
        ReviewerScope scope = ReviewerScope.of(user.roles(), user.district());
        return mapper.toViews(cases.findVisible(scope, scope.visibleStages(stage)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    @Transactional(readOnly = true)
    public CaseDetailView detail(CurrentUser user, @PathVariable UUID id) {
        ReviewCase reviewCase = casework.visibleCase(id, Reviewer.of(user));
        return mapper.toDetail(reviewCase, casework.precheckOf(reviewCase).orElse(null));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public List<TransitionView> history(CurrentUser user, @PathVariable UUID id) {
        return mapper.toTransitionViews(casework.history(id, Reviewer.of(user)));
    }

    @PostMapping("/{id}/district-decision")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public CaseDetailView decideAtDistrict(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CaseRequests.DistrictDecisionRequest request) {
        return detailOf(casework.decideAtDistrict(id, Reviewer.of(user), request.districtLevelSelected(), request.cityRecommended(),
                request.comment()));
    }

    @PostMapping("/{id}/city-review")
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    public CaseDetailView reviewAtCity(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.CityReviewRequest request) {
        return detailOf(casework.reviewAtCity(id, Reviewer.of(user), request.approved(), request.comment()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('LEADING_GROUP')")
    public CaseDetailView approve(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.ApprovalRequest request) {
        if (request.approved() && request.level() == null) {
            throw new PlatformException(ProblemCode.VALIDATION_FAILED, "核准认定时请选择认定层级（区级或市级）。");
        }
        return detailOf(casework.approve(id, Reviewer.of(user), request.approved(), request.level(), request.comment()));
    }

    private CaseDetailView detailOf(ReviewCase reviewCase) {
        return mapper.toDetail(reviewCase, casework.precheckOf(reviewCase).orElse(null));
    }
}
