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
                brand.certifiedOn(), publicStatus(brand.status()), label(brand.status()));
    }

    /** The status as the public may know it: an exit proposed but not decided shows as rectification. */
    private static BrandStatus publicStatus(BrandStatus status) {
        return status == BrandStatus.EXIT_PROPOSED ? BrandStatus.RECTIFYING : status;
    }

    /**
     * The words a member of the public reads about the certificate's standing: valid, under rectification, or exited. An
     * exit the leading group office has not decided yet is not announced: the brand is still under rectification.
     */
    private static String label(BrandStatus status) {
        return switch (status) {
            case ACTIVE -> "有效";
            case RECTIFYING, EXIT_PROPOSED -> "整改中";
            case EXITED -> "已退出";
        };
    }
}
