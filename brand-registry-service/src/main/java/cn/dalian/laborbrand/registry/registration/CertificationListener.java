package cn.dalian.laborbrand.registry.registration;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** Every brand the leading group office certifies is registered. */
@Component
class CertificationListener {

    private final EventInbox inbox;
    private final RegistrationService registration;

    CertificationListener(EventInbox inbox, RegistrationService registration) {
        this.inbox = inbox;
        this.registration = registration;
    }

    @KafkaListener(topics = ReviewEvents.BRAND_CERTIFIED_TOPIC)
    void onCertified(String message) {
        inbox.receive(message, ReviewEvents.BRAND_CERTIFIED, event -> registration.register(event.payload()));
    }
}
