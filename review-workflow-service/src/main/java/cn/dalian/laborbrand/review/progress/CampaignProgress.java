package cn.dalian.laborbrand.review.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The districts' progress in a campaign against the goal.
 *
 * @param standingWithoutBrand where a district with no certified brand stands today (for districts with no case at all)
 * @param districts            every district with cases in the campaign, by code
 */
public record CampaignProgress(String campaign, int goal, LocalDate goalDueOn, DistrictGoal.Standing standingWithoutBrand,
        List<DistrictProgress> districts) {
}
