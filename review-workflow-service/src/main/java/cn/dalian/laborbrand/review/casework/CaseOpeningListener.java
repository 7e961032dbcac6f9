package cn.dalian.laborbrand.review.casework;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/**
 * Every submitted application lands in the queue of its district bureau; a resubmission returns its case there; a
 * withdrawal closes it.
 */
@Component
class CaseOpeningListener {

    private final EventInbox inbox;
    private final CaseworkService casework;

    CaseOpeningListener(EventInbox inbox, CaseworkService casework) {
        this.inbox = inbox;
        this.casework = casework;
    }

    @KafkaListener(topics = ApplicationEvents.SUBMITTED_TOPIC)
    void onSubmitted(String message) {
        inbox.receive(message, ApplicationEvents.SUBMITTED, event -> casework.open(event.payload()));
    }

    @KafkaListener(topics = ApplicationEvents.RESUBMITTED_TOPIC)
    void onResubmitted(String message) {
        inbox.receive(message, ApplicationEvents.RESUBMITTED, event -> casework.resubmitted(event.payload()));
    }

    @KafkaListener(topics = ApplicationEvents.WITHDRAWN_TOPIC)
    void onWithdrawn(String message) {
        inbox.receive(message, ApplicationEvents.WITHDRAWN, event -> casework.withdrawn(event.payload()));
    }
}
