package cn.dalian.laborbrand.contracts.review;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events review-workflow-service publishes. Subject of all: the review case id. */
public final class ReviewEvents {

    /** The one service (its {@code spring.application.name}) that writes these topics: consumers refuse an event from anyone else. */
    public static final String PRODUCER = "review-workflow-service";

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String DISTRICT_DECISION_MADE_TOPIC = "laborbrand.review-case.district-decision-made";
    public static final String PUBLICITY_STARTED_TOPIC = "laborbrand.review-case.publicity-started";
    public static final String PUBLICITY_ENDED_TOPIC = "laborbrand.review-case.publicity-ended";
    public static final String BRAND_CERTIFIED_TOPIC = "laborbrand.review-case.brand-certified";
    public static final String SUPPLEMENT_REQUESTED_TOPIC = "laborbrand.review-case.supplement-requested";
    public static final String APPLICATION_REJECTED_TOPIC = "laborbrand.review-case.application-rejected";
    public static final String OBJECTION_LODGED_TOPIC = "laborbrand.review-case.objection-lodged";
    public static final String OBJECTION_RESOLVED_TOPIC = "laborbrand.review-case.objection-resolved";

    public static final EventDefinition<DistrictDecisionMade> DISTRICT_DECISION_MADE = EventDefinition.of(
            "DistrictDecisionMade", "1.0", DISTRICT_DECISION_MADE_TOPIC, PRODUCER, DistrictDecisionMade.class);

    public static final EventDefinition<PublicityStarted> PUBLICITY_STARTED = EventDefinition.of(
            "PublicityStarted", "1.0", PUBLICITY_STARTED_TOPIC, PRODUCER, PublicityStarted.class);

    public static final EventDefinition<PublicityEnded> PUBLICITY_ENDED = EventDefinition.of(
            "PublicityEnded", "1.0", PUBLICITY_ENDED_TOPIC, PRODUCER, PublicityEnded.class);

    public static final EventDefinition<BrandCertified> BRAND_CERTIFIED = EventDefinition.of(
            "BrandCertified", "1.0", BRAND_CERTIFIED_TOPIC, PRODUCER, BrandCertified.class);

    public static final EventDefinition<SupplementRequested> SUPPLEMENT_REQUESTED = EventDefinition.of(
            "SupplementRequested", "1.0", SUPPLEMENT_REQUESTED_TOPIC, PRODUCER, SupplementRequested.class);

    public static final EventDefinition<ApplicationRejected> APPLICATION_REJECTED = EventDefinition.of(
            "ApplicationRejected", "1.0", APPLICATION_REJECTED_TOPIC, PRODUCER, ApplicationRejected.class);

    public static final EventDefinition<ObjectionLodged> OBJECTION_LODGED = EventDefinition.of(
            "ObjectionLodged", "1.0", OBJECTION_LODGED_TOPIC, PRODUCER, ObjectionLodged.class);

    public static final EventDefinition<ObjectionResolved> OBJECTION_RESOLVED = EventDefinition.of(
            "ObjectionResolved", "1.0", OBJECTION_RESOLVED_TOPIC, PRODUCER, ObjectionResolved.class);

    private ReviewEvents() {
    }
}
