package cn.dalian.laborbrand.contracts.subsidy;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events subsidy-service publishes. Subject: the entitlement id. */
public final class SubsidyEvents {

    public static final EventDefinition<SubsidyEntitlementCreated> ENTITLEMENT_CREATED = new EventDefinition<>(
            "SubsidyEntitlementCreated", 1, "laborbrand.entitlement.created", SubsidyEntitlementCreated.class);

    private SubsidyEvents() {
    }
}
