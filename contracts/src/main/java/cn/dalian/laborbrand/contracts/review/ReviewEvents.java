package cn.dalian.laborbrand.contracts.review;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events review-workflow-service publishes. Subject of all: the review case id. */
public final class ReviewEvents {

    public static final EventDefinition<DistrictDecisionMade> DISTRICT_DECISION_MADE = new EventDefinition<>(
            "DistrictDecisionMade", 1, "laborbrand.review-case.district-decision-made", DistrictDecisionMade.class);

    public static final EventDefinition<PublicityStarted> PUBLICITY_STARTED = new EventDefinition<>(
            "PublicityStarted", 1, "laborbrand.review-case.publicity-started", PublicityStarted.class);

    public static final EventDefinition<PublicityEnded> PUBLICITY_ENDED = new EventDefinition<>(
            "PublicityEnded", 1, "laborbrand.review-case.publicity-ended", PublicityEnded.class);

    public static final EventDefinition<BrandCertified> BRAND_CERTIFIED = new EventDefinition<>(
            "BrandCertified", 1, "laborbrand.review-case.brand-certified", BrandCertified.class);

    private ReviewEvents() {
    }
}
