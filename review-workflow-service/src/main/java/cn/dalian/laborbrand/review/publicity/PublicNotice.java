package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.casework.ReviewCase;

/** A brand put before the public (公示) by its district bureau, from one day to another inclusive. */
public record PublicNotice(UUID id, String brandName, String unitName, String district, Set<BrandLevel> levels,
        LocalDate startsOn, LocalDate endsOn) {

    public PublicNotice {
        levels = Set.copyOf(levels);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice cannot end before it starts");
        }
    }

    /** The notice of a selected case: district level, and city level too when the district recommends it. */
    public static PublicNotice of(ReviewCase reviewCase, LocalDate startsOn, LocalDate endsOn) {
        Set<BrandLevel> levels = reviewCase.districtDecision().cityRecommended()
                ? EnumSet.of(BrandLevel.DISTRICT, BrandLevel.CITY)
                : EnumSet.of(BrandLevel.DISTRICT);
        return new PublicNotice(UUID.randomUUID(), reviewCase.brandName(), reviewCase.unitName(), reviewCase.district(), levels,
                startsOn, endsOn);
    }
}
