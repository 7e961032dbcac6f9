package cn.dalian.laborbrand.application.intake;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** An applicant unit's own applications. */
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
        return ResponseEntity.created(URI.create("/api/applications/" + draft.id())).body(mapper.toView(draft));
    }

    @PutMapping("/{id}")
    ApplicationView revise(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ContentRequest request) {
        return mapper.toView(intake.revise(id, user.requireOrgId(), mapper.toContent(request)));
    }

    @PostMapping("/{id}/submit")
    ApplicationView submit(CurrentUser user, @PathVariable UUID id) {
        return mapper.toView(intake.submit(id, applicant(user)));
    }

    @GetMapping
    List<ApplicationView> ownApplications(CurrentUser user) {
        return mapper.toViews(intake.allOfOrganisation(user.requireOrgId()));
    }

    @GetMapping("/{id}")
    ApplicationView ownApplication(CurrentUser user, @PathVariable UUID id) {
        return mapper.toView(intake.ofOrganisation(id, user.requireOrgId()));
    }

    private static Applicant applicant(CurrentUser user) {
        return new Applicant(user.requireOrgId(), user.requireDistrict(), user.username());
    }
}
