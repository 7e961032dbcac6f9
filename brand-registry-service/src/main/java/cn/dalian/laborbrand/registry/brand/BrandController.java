package cn.dalian.laborbrand.registry.brand;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** The certified brands: the public list anyone may read, and the full records within one's own scope. */
@RestController
class BrandController {

    private final BrandRepository brands;
    private final BrandMapper mapper;

    BrandController(BrandRepository brands, BrandMapper mapper) {
        this.brands = brands;
        this.mapper = mapper;
    }

    @GetMapping("/api/public/brands")
    @Transactional(readOnly = true)
    public List<PublicBrandView> publicList(@RequestParam Optional<BrandLevel> level) {
        return mapper.toPublicViews(brands.findListedPublicly(level));
    }

    @GetMapping("/api/brands")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    @Transactional(readOnly = true)
    public List<BrandView> inScope(CurrentUser user) {
        return mapper.toViews(brands.findInScope(BrandScope.of(user.roles(), user.orgId(), user.district())));
    }
}
