package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.casework.NoticeWindow;
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

    /** The notice of a case under notice: the levels its district put forward, for the window. */
    public static PublicNotice of(ReviewCase underNotice, NoticeWindow window) {
        return new PublicNotice(UUID.randomUUID(), underNotice.brandName(), underNotice.unitName(), underNotice.district(),
                underNotice.noticeLevels(), window.startsOn(), window.endsOn());
    }
}
