package cn.dalian.laborbrand.contracts.registry;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events brand-registry-service publishes. Subject: the brand id. */
public final class RegistryEvents {

    public static final EventDefinition<BrandRegistered> BRAND_REGISTERED =
            new EventDefinition<>("BrandRegistered", 1, "laborbrand.brand.registered", BrandRegistered.class);

    private RegistryEvents() {
    }
}
