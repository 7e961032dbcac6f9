package cn.dalian.laborbrand.registry.brand;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.registry.subsidy.PaidSubsidies;

/** The registry's brands: the lists each reader may see, and the way registration adds a brand. */
@Service
public class BrandService {

    private final BrandRepository brands;
    private final PaidSubsidies subsidies;
    private final BrandMapper mapper;

    BrandService(BrandRepository brands, PaidSubsidies subsidies, BrandMapper mapper) {
        this.brands = brands;
        this.subsidies = subsidies;
        this.mapper = mapper;
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

    /** The brands of the ids given (those registered), by id. */
    @Transactional(readOnly = true)
    public Map<UUID, Brand> findAll(Collection<UUID> brandIds) {
        return brands.findAll(brandIds).stream().collect(Collectors.toMap(Brand::id, Function.identity()));
    }

    /**
     * Moves the brand to its next status under dynamic management, if nobody changed it since it was read (its
     * {@code version}); the lifecycle decides which step is allowed, this only keeps two steps at once from both landing.
     */
    @Transactional
    public void changeStatus(Brand read, BrandStatus next) {
        if (!brands.updateStatus(read.id(), read.version(), next)) {
            throw PlatformException.conflict("该劳务品牌的状态刚被他人变更，请刷新后重试。");
        }
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

    /** The brands the reader may see in full, each with the subsidies paid to its unit. */
    @Transactional(readOnly = true)
    Page<BrandView> inScope(DataScope scope, PageQuery page) {
        Page<Brand> found = brands.findInScope(scope, page);
        var paid = subsidies.paidTo(found.items().stream().map(Brand::id).toList());
        return found.mapAll(items -> mapper.toViews(items, paid));
    }
}
