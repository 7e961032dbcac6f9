package cn.dalian.laborbrand.registry.feed;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.registry.brand.BrandMapper;
import cn.dalian.laborbrand.registry.brand.BrandRepository;
import cn.dalian.laborbrand.registry.brand.BrandView;

/**
 * What the provincial public employment service system pulls into its 劳务品牌 module: every brand
 * of the city's resource library, in every status. Only the provincial system's client may read it.
 */
@RestController
class ProvincialFeedController {

    private final BrandRepository brands;
    private final BrandMapper mapper;

    ProvincialFeedController(BrandRepository brands, BrandMapper mapper) {
        this.brands = brands;
        this.mapper = mapper;
    }

    @GetMapping("/api/registry/brands")
    @PreAuthorize("hasRole('PROVINCIAL_SYSTEM')")
    @Transactional(readOnly = true)
    public List<BrandView> brands() {
        return mapper.toViews(brands.findAll());
    }
}
