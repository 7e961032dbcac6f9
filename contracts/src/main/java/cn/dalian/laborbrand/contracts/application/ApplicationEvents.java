package cn.dalian.laborbrand.contracts.application;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events application-service publishes. */
public final class ApplicationEvents {

    /** The one service (its {@code spring.application.name}) that writes these topics: consumers refuse an event from anyone else. */
    public static final String PRODUCER = "application-service";

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String SUBMITTED_TOPIC = "laborbrand.application.submitted";
    public static final String RESUBMITTED_TOPIC = "laborbrand.application.resubmitted";
    public static final String WITHDRAWN_TOPIC = "laborbrand.application.withdrawn";
    public static final String CAMPAIGN_PUBLISHED_TOPIC = "laborbrand.campaign.published";
    public static final String ORGANISATION_CONTACTS_CHANGED_TOPIC = "laborbrand.organisation.contacts-changed";

    /** An applicant unit submitted its application to its district HR bureau. Subject: the application id. */
    public static final EventDefinition<ApplicationSubmitted> SUBMITTED =
            EventDefinition.of("ApplicationSubmitted", "1.2", SUBMITTED_TOPIC, PRODUCER, ApplicationSubmitted.class);

    /**
     * The unit handed its application in again with the supplement the district asked for. 1.1: the application within
     * is an {@link ApplicationSubmitted} 1.2, which may carry the roster's counts.
     */
    public static final EventDefinition<ApplicationResubmitted> RESUBMITTED =
            EventDefinition.of("ApplicationResubmitted", "1.1", RESUBMITTED_TOPIC, PRODUCER, ApplicationResubmitted.class);

    /** The unit withdrew its application before the district decided. */
    public static final EventDefinition<ApplicationWithdrawn> WITHDRAWN =
            EventDefinition.of("ApplicationWithdrawn", "1.0", WITHDRAWN_TOPIC, PRODUCER, ApplicationWithdrawn.class);

    /** A campaign was created or changed. Subject: the campaign code. */
    public static final EventDefinition<CampaignPublished> CAMPAIGN_PUBLISHED =
            EventDefinition.of("CampaignPublished", "1.0", CAMPAIGN_PUBLISHED_TOPIC, PRODUCER, CampaignPublished.class);

    /** A unit kept its profile: its contacts, for the messages the platform sends it. Subject: the organisation's credit code. */
    public static final EventDefinition<OrganisationContactsChanged> ORGANISATION_CONTACTS_CHANGED =
            EventDefinition.of("OrganisationContactsChanged", "1.0", ORGANISATION_CONTACTS_CHANGED_TOPIC, PRODUCER,
                    OrganisationContactsChanged.class);

    private ApplicationEvents() {
    }
}
