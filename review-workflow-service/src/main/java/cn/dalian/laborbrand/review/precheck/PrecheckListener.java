package cn.dalian.laborbrand.review.precheck;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** Keeps each application's pre-check for its reviewers. */
@Component
class PrecheckListener {

    private final EventInbox inbox;
    private final PrecheckService prechecks;

    PrecheckListener(EventInbox inbox, PrecheckService prechecks) {
        this.inbox = inbox;
        this.prechecks = prechecks;
    }

    @KafkaListener(topics = EligibilityEvents.ASSESSED_TOPIC)
    void onAssessed(String message) {
        inbox.receive(message, EligibilityEvents.ASSESSED, event -> prechecks.save(event.payload()));
    }
}
