package cn.dalian.laborbrand.registry.certificate;

import java.time.LocalDate;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

/** What the public verification page answers for a certificate number, and nothing more. */
public record Verification(String certificateNumber, String brandName, String unitName, BrandLevel level, String levelLabel,
        LocalDate certifiedOn, BrandStatus status, String statusLabel) {

    static Verification of(Brand brand) {
        return new Verification(brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.level(), brand.level().label(),
                brand.certifiedOn(), brand.status(), label(brand.status()));
    }

    /** The words a member of the public reads about the certificate's standing. */
    private static String label(BrandStatus status) {
        return switch (status) {
            case ACTIVE -> "有效";
            case RECTIFYING -> "整改中";
            case EXITED -> "已退出";
        };
    }
}
