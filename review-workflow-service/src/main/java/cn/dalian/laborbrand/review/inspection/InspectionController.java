package cn.dalian.laborbrand.review.inspection;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * A case's on-site inspection (实地查验): read by whoever sees the case, written by the case's district bureau — the
 * record as far as it got, then the conclusion.
 */
@RestController
@RequestMapping("/api/reviews/cases/{id}/inspection")
class InspectionController {

    private final InspectionService inspections;
    private final InspectionMapper mapper;

    InspectionController(InspectionService inspections, InspectionMapper mapper) {
        this.inspections = inspections;
        this.mapper = mapper;
    }

    /** The record, or the blank checklist before anything is saved. */
    @GetMapping
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public InspectionView inspection(CurrentUser user, @PathVariable UUID id) {
        return mapper.toView(inspections.show(id, Reviewer.of(user)));
    }

    /** Saves the record as far as it is filled in, on the version read. */
    @PutMapping
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public InspectionView save(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InspectionRequests.DraftRequest request) {
        return mapper.toView(inspections.saveDraft(id, Reviewer.of(user), request));
    }

    /** Concludes the record as saved (查验属实 or 查验不属实); it is locked from then on. */
    @PostMapping("/conclusion")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public InspectionView conclude(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InspectionRequests.ConclusionRequest request) {
        return mapper.toView(inspections.conclude(id, Reviewer.of(user), request));
    }
}
