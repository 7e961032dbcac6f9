package cn.dalian.laborbrand.review.objection;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;
import cn.dalian.laborbrand.review.objection.ObjectionViews.CaseObjections;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionSummary;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionView;

/**
 * The district bureau's work on objections: its list, one objection with the person masked, the investigation notes
 * and the decision; reviewers of a case (the city once it was forwarded) read the objections of the case.
 */
@RestController
class ObjectionController {

    private final ObjectionService objections;
    private final ObjectionMapper mapper;

    ObjectionController(ObjectionService objections, ObjectionMapper mapper) {
        this.objections = objections;
        this.mapper = mapper;
    }

    record InvestigationRequest(
            @NotBlank(message = "请填写调查核实情况") @Size(max = 2000, message = "调查核实情况不能超过 2000 个字") String note) {
    }

    /** @param finding what the unit and the person who objected read: at least a sentence */
    record ResolutionRequest(
            @NotNull(message = "请选择处理结果") ObjectionOutcome outcome,
            @NotBlank(message = "请填写调查核实结论") @Size(max = 2000, message = "调查核实结论不能超过 2000 个字") String finding) {
    }

    @GetMapping("/api/reviews/objections")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public Page<ObjectionSummary> list(CurrentUser user, @RequestParam Optional<ObjectionStatus> status,
            @Valid @ParameterObject PageQuery page) {
        return objections.ofDistrict(Reviewer.of(user), status, page).mapAll(mapper::toSummaries);
    }

    @GetMapping("/api/reviews/objections/{id}")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public ObjectionView detail(CurrentUser user, @PathVariable UUID id) {
        return viewOf(objections.visible(id, Reviewer.of(user)));
    }

    @PostMapping("/api/reviews/objections/{id}/investigation")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public ObjectionView investigate(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InvestigationRequest request) {
        return viewOf(objections.investigate(id, Reviewer.of(user), request.note()));
    }

    @PostMapping("/api/reviews/objections/{id}/resolution")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public ObjectionView resolve(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ResolutionRequest request) {
        return viewOf(objections.resolve(id, Reviewer.of(user), request.outcome(), request.finding()));
    }

    /** The objections of a case (a handful: not paged), and how many still hold it. */
    @GetMapping("/api/reviews/cases/{id}/objections")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public CaseObjections ofCase(CurrentUser user, @PathVariable UUID id) {
        var all = objections.ofCase(id, Reviewer.of(user));
        return new CaseObjections(all.size(), (int) all.stream().filter(Objection::isOpen).count(), mapper.toSummaries(all));
    }

    private ObjectionView viewOf(Objection objection) {
        return mapper.toView(objection, objections.notesOf(objection));
    }
}
