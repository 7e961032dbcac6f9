package cn.dalian.laborbrand.registry.brand;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.DataScope;

/** The registry's brands: the lists each reader may see, and the way registration adds a brand. */
@Service
public class BrandService {

    private final BrandRepository brands;

    BrandService(BrandRepository brands) {
        this.brands = brands;
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(UUID brandId) {
        return brands.exists(brandId);
    }

    @Transactional(readOnly = true)
    public Optional<Brand> find(UUID brandId) {
        return brands.find(brandId);
    }

    /** The brand a certificate number belongs to, whatever its status (the verification page shows exited brands too). */
    @Transactional(readOnly = true)
    public Optional<Brand> findByCertificateNumber(String certificateNumber) {
        return brands.findByCertificateNumber(certificateNumber);
    }

    /** Keeps a newly registered brand (its number is unique: the database refuses a second brand under it). */
    @Transactional
    public void add(Brand brand) {
        brands.insert(brand);
    }

    /** The public list: certified brands still in force, newest certificates first. */
    @Transactional(readOnly = true)
    Page<Brand> listedPublicly(Optional<BrandLevel> level, PageQuery page) {
        return brands.findListedPublicly(level, page);
    }

    @Transactional(readOnly = true)
    Page<Brand> inScope(DataScope scope, PageQuery page) {
        return brands.findInScope(scope, page);
    }
}
