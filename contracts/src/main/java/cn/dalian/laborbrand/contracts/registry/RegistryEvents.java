package cn.dalian.laborbrand.contracts.registry;

import cn.dalian.laborbrand.contracts.events.EventDefinition;

/** The events brand-registry-service publishes. Subject: the brand id. */
public final class RegistryEvents {

    // topic names as constants, for @KafkaListener(topics = …)
    public static final String BRAND_REGISTERED_TOPIC = "laborbrand.brand.registered";

    public static final EventDefinition<BrandRegistered> BRAND_REGISTERED =
            EventDefinition.of("BrandRegistered", "1.0", BRAND_REGISTERED_TOPIC, BrandRegistered.class);

    private RegistryEvents() {
    }
}
