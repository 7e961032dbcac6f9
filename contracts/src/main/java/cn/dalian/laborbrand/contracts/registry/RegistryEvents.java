package cn.dalian.laborbrand.contracts.registry;

import java.util.List;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events brand-registry-service publishes. Subject: the brand id (so that one brand's events keep their order). */
public final class RegistryEvents {

    /** The one service (its {@code spring.application.name}) that writes these topics: consumers refuse an event from anyone else. */
    public static final String PRODUCER = "brand-registry-service";

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String BRAND_REGISTERED_TOPIC = "laborbrand.brand.registered";
    public static final String BRAND_PROFILE_UPDATED_TOPIC = "laborbrand.brand.profile-updated";
    public static final String YEARLY_REPORT_ACCEPTED_TOPIC = "laborbrand.brand.yearly-report-accepted";
    public static final String RECTIFICATION_ORDERED_TOPIC = "laborbrand.brand.rectification-ordered";
    public static final String RECTIFICATION_ANSWERED_TOPIC = "laborbrand.brand.rectification-answered";
    public static final String RECTIFICATION_EXTENDED_TOPIC = "laborbrand.brand.rectification-extended";
    public static final String RECTIFICATION_REMINDER_DUE_TOPIC = "laborbrand.brand.rectification-reminder-due";
    public static final String RECTIFICATION_CLOSED_TOPIC = "laborbrand.brand.rectification-closed";
    public static final String EXIT_PROPOSED_TOPIC = "laborbrand.brand.exit-proposed";
    public static final String BRAND_EXITED_TOPIC = "laborbrand.brand.exited";
    public static final String PROVINCIAL_CERTIFICATION_RECORDED_TOPIC = "laborbrand.brand.provincial-certification-recorded";

    public static final EventDefinition<BrandRegistered> BRAND_REGISTERED =
            EventDefinition.of("BrandRegistered", "1.0", BRAND_REGISTERED_TOPIC, PRODUCER, BrandRegistered.class);
    public static final EventDefinition<BrandProfileUpdated> BRAND_PROFILE_UPDATED =
            EventDefinition.of("BrandProfileUpdated", "1.0", BRAND_PROFILE_UPDATED_TOPIC, PRODUCER, BrandProfileUpdated.class);
    public static final EventDefinition<YearlyReportAccepted> YEARLY_REPORT_ACCEPTED =
            EventDefinition.of("YearlyReportAccepted", "1.0", YEARLY_REPORT_ACCEPTED_TOPIC, PRODUCER, YearlyReportAccepted.class);
    public static final EventDefinition<RectificationOrdered> RECTIFICATION_ORDERED =
            EventDefinition.of("RectificationOrdered", "1.0", RECTIFICATION_ORDERED_TOPIC, PRODUCER, RectificationOrdered.class);
    public static final EventDefinition<RectificationAnswered> RECTIFICATION_ANSWERED =
            EventDefinition.of("RectificationAnswered", "1.0", RECTIFICATION_ANSWERED_TOPIC, PRODUCER, RectificationAnswered.class);
    public static final EventDefinition<RectificationExtended> RECTIFICATION_EXTENDED =
            EventDefinition.of("RectificationExtended", "1.0", RECTIFICATION_EXTENDED_TOPIC, PRODUCER, RectificationExtended.class);
    public static final EventDefinition<RectificationReminderDue> RECTIFICATION_REMINDER_DUE =
            EventDefinition.of("RectificationReminderDue", "1.0", RECTIFICATION_REMINDER_DUE_TOPIC, PRODUCER, RectificationReminderDue.class);
    public static final EventDefinition<RectificationClosed> RECTIFICATION_CLOSED =
            EventDefinition.of("RectificationClosed", "1.0", RECTIFICATION_CLOSED_TOPIC, PRODUCER, RectificationClosed.class);
    public static final EventDefinition<BrandExitProposed> EXIT_PROPOSED =
            EventDefinition.of("BrandExitProposed", "1.0", EXIT_PROPOSED_TOPIC, PRODUCER, BrandExitProposed.class);
    public static final EventDefinition<BrandExited> BRAND_EXITED =
            EventDefinition.of("BrandExited", "1.0", BRAND_EXITED_TOPIC, PRODUCER, BrandExited.class);
    public static final EventDefinition<ProvincialCertificationRecorded> PROVINCIAL_CERTIFICATION_RECORDED = EventDefinition.of(
            "ProvincialCertificationRecorded", "1.0", PROVINCIAL_CERTIFICATION_RECORDED_TOPIC, PRODUCER, ProvincialCertificationRecorded.class);

    /**
     * What the provincial system's feed carries (registered, updated, yearly report, rectification ordered and closed,
     * exited, provincial certification); the working steps between (answers, extensions, reminders, proposals) stay in
     * the city.
     */
    public static final List<EventDefinition<?>> PROVINCIAL_FEED = List.of(BRAND_REGISTERED, BRAND_PROFILE_UPDATED, YEARLY_REPORT_ACCEPTED,
            RECTIFICATION_ORDERED, RECTIFICATION_CLOSED, BRAND_EXITED, PROVINCIAL_CERTIFICATION_RECORDED);

    private RegistryEvents() {
    }
}
