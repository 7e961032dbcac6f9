package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** A brand put before the public (公示) by its district bureau, from one day to another inclusive. */
public record PublicNotice(UUID id, String brandName, String unitName, String district, Set<BrandLevel> levels,
        LocalDate startsOn, LocalDate endsOn) {

    public PublicNotice {
        levels = Set.copyOf(levels);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice cannot end before it starts");
        }
    }
}
