package cn.dalian.laborbrand.contracts.review;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The public notice (公示) of a selected brand began.
 *
 * @param endsOn      the last day of the notice: {@code workingDays} working days counting the first
 * @param workingDays the length of the notice in working days (5 under the 2022 notice)
 */
public record PublicityStarted(UUID caseId, UUID applicationId, String orgId, String unitName, String district,
        String brandName, Set<BrandLevel> levels, LocalDate startsOn, LocalDate endsOn, int workingDays) {
}
