package cn.dalian.laborbrand.contracts.review;

import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The city leading group office approved (核准认定) a brand at a level.
 *
 * @param brandId      the brand's identity from now on, in every service
 * @param decisionDate the day of the leading group office's decision
 */
public record BrandCertified(UUID brandId, UUID caseId, UUID applicationId, String campaign, String orgId, String unitName,
        String district, String brandName, BrandLevel level, LocalDate decisionDate, String decidedBy) {
}
