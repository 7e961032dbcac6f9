package cn.dalian.laborbrand.application.intake;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** What the district does to an application: asks for a supplement, or decides (after which it cannot be withdrawn). */
@Component
class ReviewListener {

    private final EventInbox inbox;
    private final IntakeService intake;

    ReviewListener(EventInbox inbox, IntakeService intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @KafkaListener(topics = ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC)
    void onSupplementRequested(String message) {
        inbox.receive(message, ReviewEvents.SUPPLEMENT_REQUESTED, event -> {
            var requested = event.payload();
            intake.requestSupplement(requested.applicationId(), new Supplement(requested.parts(), requested.note(), requested.dueOn()));
        });
    }

    @KafkaListener(topics = ReviewEvents.DISTRICT_DECISION_MADE_TOPIC)
    void onDistrictDecision(String message) {
        inbox.receive(message, ReviewEvents.DISTRICT_DECISION_MADE, event -> intake.decided(event.payload().applicationId()));
    }
}
