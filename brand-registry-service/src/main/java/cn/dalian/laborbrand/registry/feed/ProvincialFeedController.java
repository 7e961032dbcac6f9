package cn.dalian.laborbrand.registry.feed;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.registry.brand.BrandMapper;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.brand.BrandView;

/**
 * What the provincial public employment service system pulls into its 劳务品牌 module: every brand of the city's
 * resource library, in every status, page by page in the order the brands entered the registry (so that the
 * cursor of its last page also finds the brands added since). Only the provincial system's client may read it.
 */
@RestController
class ProvincialFeedController {

    private final BrandService brands;
    private final BrandMapper mapper;

    ProvincialFeedController(BrandService brands, BrandMapper mapper) {
        this.brands = brands;
        this.mapper = mapper;
    }

    @GetMapping("/api/registry/brands")
    @PreAuthorize("hasRole('PROVINCIAL_SYSTEM')")
    public Page<BrandView> brands(@Valid @ParameterObject PageQuery page) {
        return brands.all(page).mapAll(mapper::toViews);
    }
}
