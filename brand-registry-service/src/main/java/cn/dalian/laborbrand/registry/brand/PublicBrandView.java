package cn.dalian.laborbrand.registry.brand;

import java.time.LocalDate;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** What the public list of certified brands shows, and nothing more. */
public record PublicBrandView(String certificateNumber, String brandName, String unitName, String district,
        BrandLevel level, String levelLabel, LocalDate certifiedOn) {
}
