package cn.dalian.laborbrand.application.intake;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.application.naming.NameCheck;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.validation.PlainName;
import cn.dalian.laborbrand.platform.web.EntityTags;

/**
 * An applicant unit's own applications. Every answer about one application carries its version as {@code ETag};
 * an edit names the version it edits in {@code If-Match}. Reviewers may read an application's checks.
 */
@RestController
@RequestMapping("/api/applications")
@PreAuthorize("hasRole('APPLICANT')")
@Validated
class IntakeController {

    private final IntakeService intake;
    private final IntakeMapper mapper;

    IntakeController(IntakeService intake, IntakeMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    /** Why the unit withdraws. */
    record WithdrawalRequest(@NotBlank(message = "请说明撤回的原因") @PlainName @Size(max = 500, message = "撤回原因不能超过 500 个字") String reason) {
    }

    @PostMapping
    ResponseEntity<ApplicationView> openDraft(CurrentUser user, @Valid @RequestBody ContentRequest request) {
        Application draft = intake.openDraft(applicant(user), mapper.toContent(request));
        return ResponseEntity.created(URI.create("/api/applications/" + draft.id())).eTag(EntityTags.of(draft.version()))
                .body(mapper.toView(draft));
    }

    /** A draft's content; while a supplement is asked, the reopened parts only. */
    @PutMapping("/{id}")
    ResponseEntity<ApplicationView> revise(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ContentRequest request) {
        return answer(intake.revise(id, user.requireOrgId(), EntityTags.versionIn(ifMatch), mapper.toContent(request)));
    }

    /**
     * Every check before submission at once: the profile and declarations, the campaign window, the parts of
     * Attachment 1 and the naming rule of each level. The unit reads its own; a district reviewer those of the
     * district; the city's staff any.
     */
    @GetMapping("/{id}/checks")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    SubmissionCheck checks(CurrentUser user, @PathVariable UUID id) {
        if (user.hasRole(Role.APPLICANT)) {
            return intake.check(id, user.requireOrgId());
        }
        return intake.checkForReviewer(id, user.hasRole(Role.DISTRICT_REVIEWER) ? user.requireDistrict() : null);
    }

    /** A proposed name against the naming rule of a level, for the unit's type and legal name: the form checks as one types. */
    @GetMapping("/name-check")
    NameCheck checkName(CurrentUser user, @RequestParam @NotBlank(message = "请填写品牌名称") @Size(max = 100, message = "品牌名称不能超过 100 个字")
            String name, @RequestParam @NotNull BrandLevel level) {
        return intake.checkName(user.requireOrgId(), name, level);
    }

    /** Runs every check and, if all pass, hands the draft to the district; else refuses with the same list. */
    @PostMapping("/{id}/submit")
    ResponseEntity<ApplicationView> submit(CurrentUser user, @PathVariable UUID id) {
        return answer(intake.submit(id, applicant(user)));
    }

    /** Hands the supplemented application in again, to the same district. */
    @PostMapping("/{id}/resubmit")
    ResponseEntity<ApplicationView> resubmit(CurrentUser user, @PathVariable UUID id) {
        return answer(intake.resubmit(id, applicant(user)));
    }

    /** Withdraws what was handed in, before the district decides. */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<ApplicationView> withdraw(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request) {
        return answer(intake.withdraw(id, applicant(user), request.reason()));
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
        return new Applicant(user.requireOrgId(), user.username());
    }
}
