package cn.dalian.laborbrand.review.progress;

import java.time.LocalDate;

/**
 * One district's progress in a campaign.
 *
 * @param inReview    at district review or waiting for a supplement
 * @param forwarded   at the city's re-review or approval
 * @param certified   brands certified (district and city level together: what the goal counts)
 */
public record DistrictProgress(String district, int submitted, int inReview, int underNotice, int forwarded, int certifiedDistrictLevel,
        int certifiedCityLevel, int certified, int rejected, int goal, LocalDate goalDueOn, DistrictGoal.Standing standing) {
}
