package cn.dalian.laborbrand.review.casework;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** How many cases of a district are at a stage (and, once certified, at which level). */
public record DistrictTally(String district, ReviewStage stage, BrandLevel certifiedLevel, int cases) {
}
