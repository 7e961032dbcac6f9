package cn.dalian.laborbrand.application.organisation;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.web.EntityTags;

/** The caller's own unit profile; there is no way to name another organisation's. */
@RestController
@RequestMapping("/api/organisations/me/profile")
@PreAuthorize("hasRole('APPLICANT')")
class ProfileController {

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    ResponseEntity<ProfileView> own(CurrentUser user) {
        OrganisationProfile profile = profiles.find(user.requireOrgId())
                .orElseThrow(() -> PlatformException.notFound("本单位尚未填写单位档案。"));
        return ResponseEntity.ok().eTag(EntityTags.of(profile.version())).body(ProfileView.of(profile));
    }

    /** The first save needs no version; a change names the version edited in {@code If-Match}. */
    @PutMapping
    ResponseEntity<ProfileView> keep(CurrentUser user, @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProfileRequest request) {
        OrganisationProfile kept = profiles.keep(user.requireOrgId(), request.toParticulars(),
                ifMatch == null ? null : EntityTags.versionIn(ifMatch), user.username());
        return ResponseEntity.ok().eTag(EntityTags.of(kept.version())).body(ProfileView.of(kept));
    }
}
