package cn.dalian.laborbrand.review.ranking;

import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.review.casework.ReviewStage;

/**
 * One recommended brand in the city's ranking, with what it was ranked on.
 *
 * @param districtOverrideReason the district's reason when it recommended the city level against the pre-check
 * @param employedLatestYear     workers employed in the latest declared year (roster count when there is a roster)
 */
public record RankedBrand(int rank, UUID caseId, String brandName, String unitName, String district, ReviewStage stage, String stageLabel,
        boolean cityStandardMet, String districtOverrideReason, RecommendationRanking.PairingStanding pairing, String pairingLabel,
        String pairedArea, int employedLatestYear, BrandLevel certifiedLevel) {
}
