package cn.dalian.laborbrand.review.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * Reviewers' work on cases: the queue (their own district, or what the districts forwarded to the city), one
 * case with its pre-check and history, and the decisions of each stage.
 */
@RestController
@RequestMapping("/api/reviews/cases")
class CaseQueueController {

    private final CaseworkService casework;
    private final CaseMapper mapper;

    CaseQueueController(CaseworkService casework, CaseMapper mapper) {
        this.casework = casework;
        this.mapper = mapper;
    }

    /**
     * The caller's queue: {@code assignee} a username, {@code me}, or {@code NONE} for cases nobody has taken; {@code q} part
     * of the brand's or unit's name; {@code district} for city staff; {@code order} OPENED (by arrival) or WAITING (by time
     * in the stage), oldest first.
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public Page<CaseView> queue(CurrentUser user, @RequestParam Optional<ReviewStage> stage, @RequestParam Optional<String> assignee,
            @RequestParam Optional<String> q, @RequestParam Optional<String> district,
            @RequestParam(defaultValue = "OPENED") QueueFilter.QueueOrder order, @Valid @ParameterObject PageQuery page) {
        QueueFilter filter = new QueueFilter(stage, assignee.map(name -> "me".equals(name) ? user.username() : name), q, district, order);
        return casework.queue(Reviewer.of(user), filter, page)
                .mapAll(queued -> mapper.toViews(queued, casework.clocksOf(queued.stream().map(QueuedCase::reviewCase).toList())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public CaseDetailView detail(CurrentUser user, @PathVariable UUID id) {
        return detailOf(casework.visibleCase(id, Reviewer.of(user)));
    }

    /** The steps of one case: a handful, so not paged. */
    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public List<TransitionView> history(CurrentUser user, @PathVariable UUID id) {
        return mapper.toTransitionViews(casework.history(id, Reviewer.of(user)));
    }

    @PostMapping("/{id}/district-decision")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public CaseDetailView decideAtDistrict(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CaseRequests.DistrictDecisionRequest request) {
        return detailOf(casework.decideAtDistrict(id, Reviewer.of(user), request));
    }

    /** Reopens named parts of the application for the unit to supplement, due in working days. */
    @PostMapping("/{id}/supplement-request")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public CaseDetailView requestSupplement(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CaseRequests.SupplementRequest request) {
        return detailOf(casework.requestSupplement(id, Reviewer.of(user), request));
    }

    @PostMapping("/{id}/city-review")
    @PreAuthorize("hasRole('CITY_REVIEWER')")
    public CaseDetailView reviewAtCity(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.CityReviewRequest request) {
        return detailOf(casework.reviewAtCity(id, Reviewer.of(user), request));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('LEADING_GROUP')")
    public CaseDetailView approve(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.ApprovalRequest request) {
        return detailOf(casework.approve(id, Reviewer.of(user), request));
    }

    /** The office working on the case rejects it (不予通过), with the reason the unit receives. */
    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public CaseDetailView reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.RejectionRequest request) {
        return detailOf(casework.reject(id, Reviewer.of(user), request.reason()));
    }

    /** Gives the case to a named reviewer of the office working on it (承办人), or to nobody. */
    @PutMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public CaseDetailView assign(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CaseRequests.AssignmentRequest request) {
        return detailOf(casework.assign(id, Reviewer.of(user), Optional.ofNullable(request.assignee())));
    }

    private CaseDetailView detailOf(ReviewCase reviewCase) {
        return mapper.toDetail(reviewCase, casework.precheckOf(reviewCase).orElse(null), casework.assignmentOf(reviewCase).orElse(null),
                casework.clocksOf(List.of(reviewCase)).get(reviewCase.id()));
    }
}
