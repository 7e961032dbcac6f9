package cn.dalian.laborbrand.eligibility.criteria;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** Application-service owns the campaigns; every version it publishes tells this service their title and years. */
@Component
class CampaignListener {

    private final EventInbox inbox;
    private final CriteriaService criteria;

    CampaignListener(EventInbox inbox, CriteriaService criteria) {
        this.inbox = inbox;
        this.criteria = criteria;
    }

    @KafkaListener(topics = ApplicationEvents.CAMPAIGN_PUBLISHED_TOPIC)
    void onPublished(String message) {
        inbox.receive(message, ApplicationEvents.CAMPAIGN_PUBLISHED, event -> criteria.keep(event.payload()));
    }
}
