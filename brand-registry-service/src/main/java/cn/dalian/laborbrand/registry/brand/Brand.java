package cn.dalian.laborbrand.registry.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A certified labour brand as the registry keeps it, from certification to exit (动态管理). */
public record Brand(UUID id, String certificateNumber, UUID applicationId, String orgId, String unitName, String district,
        String brandName, BrandLevel level, BrandStatus status, LocalDate certifiedOn, Instant registeredAt, int version) {

    /** A brand the leading group office certified enters the registry, active, under its certificate number. */
    public static Changed<Brand> register(BrandCertified certified, String certificateNumber, Instant at) {
        Brand brand = new Brand(certified.brandId(), certificateNumber, certified.applicationId(), certified.orgId(), certified.unitName(),
                certified.district(), certified.brandName(), certified.level(), BrandStatus.ACTIVE, certified.decisionDate(), at, 0);
        return Changed.to(brand, RegistryEvents.BRAND_REGISTERED.about(brand.id(), new BrandRegistered(brand.id(), brand.applicationId(),
                brand.orgId(), brand.unitName(), brand.district(), brand.brandName(), brand.level(), certificateNumber, brand.certifiedOn())));
    }

    /** The campaign (申报年度) the brand was certified in: the year its certificate number carries (DL-LB-<campaign>-…). */
    public String campaign() {
        return certificateNumber.split("-")[2];
    }
}
