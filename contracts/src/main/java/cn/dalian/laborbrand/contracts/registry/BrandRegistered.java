package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A certified brand entered the city's brand registry with its certificate number. */
public record BrandRegistered(UUID brandId, UUID applicationId, String orgId, String unitName, String district,
        String brandName, BrandLevel level, String certificateNumber, LocalDate certifiedOn) {
}
