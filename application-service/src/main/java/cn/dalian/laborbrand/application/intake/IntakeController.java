package cn.dalian.laborbrand.application.intake;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.web.EntityTags;

/**
 * An applicant unit's own applications. Every answer about one application carries its version as {@code ETag};
 * an edit names the version it edits in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/applications")
@PreAuthorize("hasRole('APPLICANT')")
class IntakeController {

    private final IntakeService intake;
    private final IntakeMapper mapper;

    IntakeController(IntakeService intake, IntakeMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<ApplicationView> openDraft(CurrentUser user, @Valid @RequestBody ContentRequest request) {
        Application draft = intake.openDraft(applicant(user), mapper.toContent(request));
        return ResponseEntity.created(URI.create("/api/applications/" + draft.id())).eTag(EntityTags.of(draft.version()))
                .body(mapper.toView(draft));
    }

    @PutMapping("/{id}")
    ResponseEntity<ApplicationView> revise(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ContentRequest request) {
        return answer(intake.revise(id, user.requireOrgId(), EntityTags.versionIn(ifMatch), mapper.toContent(request)));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<ApplicationView> submit(CurrentUser user, @PathVariable UUID id) {
        return answer(intake.submit(id, applicant(user)));
    }

    /** The campaign a new application joins and the years its Attachment 1 asks figures for. */
    @GetMapping("/current-campaign")
    CampaignProperties currentCampaign() {
        return intake.currentCampaign();
    }

    /** The unit's applications, newest first. */
    @GetMapping
    Page<ApplicationView> ownApplications(CurrentUser user, @Valid @ParameterObject PageQuery page) {
        return intake.allOfOrganisation(user.requireOrgId(), page).mapAll(mapper::toViews);
    }

    @GetMapping("/{id}")
    ResponseEntity<ApplicationView> ownApplication(CurrentUser user, @PathVariable UUID id) {
        return answer(intake.ofOrganisation(id, user.requireOrgId()));
    }

    private ResponseEntity<ApplicationView> answer(Application application) {
        return ResponseEntity.ok().eTag(EntityTags.of(application.version())).body(mapper.toView(application));
    }

    private static Applicant applicant(CurrentUser user) {
        return new Applicant(user.requireOrgId(), user.requireDistrict(), user.username());
    }
}
