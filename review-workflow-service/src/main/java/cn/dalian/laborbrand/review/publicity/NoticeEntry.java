package cn.dalian.laborbrand.review.publicity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * One brand on a notice's list: the brand, its unit, the level(s) the district puts forward and the district.
 *
 * @param closedAt    when the case went on to the city or left the notice; null while the closing still looks at it
 * @param withdrawnAt when it was taken off the list because an objection against it was upheld
 */
public record NoticeEntry(UUID id, UUID noticeId, UUID caseId, int position, String brandName, String unitName, String district,
        Set<BrandLevel> levels, Instant closedAt, Instant withdrawnAt) {

    public NoticeEntry {
        levels = Set.copyOf(levels);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
