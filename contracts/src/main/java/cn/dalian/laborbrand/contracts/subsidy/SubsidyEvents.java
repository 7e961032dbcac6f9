package cn.dalian.laborbrand.contracts.subsidy;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events subsidy-service publishes. Subject: the entitlement id. */
public final class SubsidyEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String ENTITLEMENT_CREATED_TOPIC = "laborbrand.entitlement.created";
    public static final String DISBURSED_TOPIC = "laborbrand.subsidy.disbursed";
    public static final String PAYMENT_FAILED_TOPIC = "laborbrand.subsidy.payment-failed";

    public static final EventDefinition<SubsidyEntitlementCreated> ENTITLEMENT_CREATED = EventDefinition.of(
            "SubsidyEntitlementCreated", "1.1", ENTITLEMENT_CREATED_TOPIC, SubsidyEntitlementCreated.class);

    public static final EventDefinition<SubsidyDisbursed> DISBURSED = EventDefinition.of(
            "SubsidyDisbursed", "1.0", DISBURSED_TOPIC, SubsidyDisbursed.class);

    public static final EventDefinition<SubsidyPaymentFailed> PAYMENT_FAILED = EventDefinition.of(
            "SubsidyPaymentFailed", "1.0", PAYMENT_FAILED_TOPIC, SubsidyPaymentFailed.class);

    private SubsidyEvents() {
    }
}
