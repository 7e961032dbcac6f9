package cn.dalian.laborbrand.contracts.subsidy;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events subsidy-service publishes. Subject: the entitlement id. */
public final class SubsidyEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String ENTITLEMENT_CREATED_TOPIC = "laborbrand.entitlement.created";

    public static final EventDefinition<SubsidyEntitlementCreated> ENTITLEMENT_CREATED = EventDefinition.of(
            "SubsidyEntitlementCreated", "1.1", ENTITLEMENT_CREATED_TOPIC, SubsidyEntitlementCreated.class);

    private SubsidyEvents() {
    }
}
