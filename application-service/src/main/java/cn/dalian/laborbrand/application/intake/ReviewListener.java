package cn.dalian.laborbrand.application.intake;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/**
 * What the review does to an application: the district asks for a supplement, or decides (after which it cannot be
 * withdrawn); any office rejects it with a reason.
 */
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

    @KafkaListener(topics = ReviewEvents.APPLICATION_REJECTED_TOPIC)
    void onRejected(String message) {
        inbox.receive(message, ReviewEvents.APPLICATION_REJECTED, event -> {
            var rejected = event.payload();
            intake.rejected(rejected.applicationId(), new Rejection(rejected.stage(), rejected.reason(), rejected.rejectedBy(),
                    rejected.rejectedAt()));
        });
    }
}
