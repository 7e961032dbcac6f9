package cn.dalian.laborbrand.subsidy.entitlement;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** A certification, the city's or the province's, may entitle the unit to the one-time subsidy. */
@Component
class CertificationListener {

    private final EventInbox inbox;
    private final EntitlementService entitlements;

    CertificationListener(EventInbox inbox, EntitlementService entitlements) {
        this.inbox = inbox;
        this.entitlements = entitlements;
    }

    @KafkaListener(topics = ReviewEvents.BRAND_CERTIFIED_TOPIC)
    void onCertified(String message) {
        inbox.receive(message, ReviewEvents.BRAND_CERTIFIED, event -> entitlements.entitle(event.payload()));
    }

    @KafkaListener(topics = RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED_TOPIC)
    void onProvincialCertification(String message) {
        inbox.receive(message, RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED, event -> entitlements.entitle(event.payload()));
    }
}
