package cn.dalian.laborbrand.contracts.subsidy;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events subsidy-service publishes. Subject: the entitlement id. */
public final class SubsidyEvents {

    /** The one service (its {@code spring.application.name}) that writes these topics: consumers refuse an event from anyone else. */
    public static final String PRODUCER = "subsidy-service";

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String ENTITLEMENT_CREATED_TOPIC = "laborbrand.entitlement.created";
    public static final String DISBURSED_TOPIC = "laborbrand.subsidy.disbursed";
    public static final String PAYMENT_FAILED_TOPIC = "laborbrand.subsidy.payment-failed";

    public static final EventDefinition<SubsidyEntitlementCreated> ENTITLEMENT_CREATED = EventDefinition.of(
            "SubsidyEntitlementCreated", "1.1", ENTITLEMENT_CREATED_TOPIC, PRODUCER, SubsidyEntitlementCreated.class);

    public static final EventDefinition<SubsidyDisbursed> DISBURSED = EventDefinition.of(
            "SubsidyDisbursed", "1.0", DISBURSED_TOPIC, PRODUCER, SubsidyDisbursed.class);

    public static final EventDefinition<SubsidyPaymentFailed> PAYMENT_FAILED = EventDefinition.of(
            "SubsidyPaymentFailed", "1.0", PAYMENT_FAILED_TOPIC, PRODUCER, SubsidyPaymentFailed.class);

    private SubsidyEvents() {
    }
}
