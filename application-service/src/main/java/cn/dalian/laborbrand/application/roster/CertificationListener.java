package cn.dalian.laborbrand.application.roster;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** A certified brand's workers stay counted: a later application listing them is flagged. */
@Component
class CertificationListener {

    private final EventInbox inbox;
    private final RosterService rosters;

    CertificationListener(EventInbox inbox, RosterService rosters) {
        this.inbox = inbox;
        this.rosters = rosters;
    }

    @KafkaListener(topics = ReviewEvents.BRAND_CERTIFIED_TOPIC)
    void onBrandCertified(String message) {
        inbox.receive(message, ReviewEvents.BRAND_CERTIFIED, event -> rosters.certified(event.payload().applicationId(),
                event.payload().decisionDate()));
    }
}
