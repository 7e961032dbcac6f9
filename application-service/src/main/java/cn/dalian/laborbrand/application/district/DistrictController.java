package cn.dalian.laborbrand.application.district;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.web.EntityTags;

/** The list of places, read by anyone; changed by operators. */
@RestController
class DistrictController {

    private final DistrictService districts;

    DistrictController(DistrictService districts) {
        this.districts = districts;
    }

    /** Every district, county, city and pilot zone, in the city's usual order. */
    @GetMapping("/api/public/districts")
    List<District> all() {
        return districts.all();
    }

    @PutMapping("/api/districts/{code}")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<District> change(CurrentUser user, @PathVariable String code,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody DistrictChange change) {
        District changed = districts.change(code, change, EntityTags.versionIn(ifMatch), user.username());
        return ResponseEntity.ok().eTag(EntityTags.of(changed.version())).body(changed);
    }
}
