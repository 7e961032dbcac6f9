package cn.dalian.laborbrand.registry.brand;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** The certified brands: the public list anyone may read, and the full records within one's own scope. */
@RestController
class BrandController {

    private final BrandService brands;
    private final BrandMapper mapper;

    BrandController(BrandService brands, BrandMapper mapper) {
        this.brands = brands;
        this.mapper = mapper;
    }

    @GetMapping("/api/public/brands")
    public Page<PublicBrandView> publicList(@RequestParam Optional<BrandLevel> level, @Valid @ParameterObject PageQuery page) {
        return brands.listedPublicly(level, page).mapAll(mapper::toPublicViews);
    }

    @GetMapping("/api/brands")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public Page<BrandView> inScope(CurrentUser user, @Valid @ParameterObject PageQuery page) {
        return brands.inScope(BrandScope.of(user.roles(), user.orgId(), user.district()), page);
    }
}
