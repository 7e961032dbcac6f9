package cn.dalian.laborbrand.notification.events;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventCatalog;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.notification.delivery.Dispatcher;
import cn.dalian.laborbrand.notification.digest.ReviewQueue;
import cn.dalian.laborbrand.notification.inbox.InboxService;
import cn.dalian.laborbrand.notification.notices.Notice;
import cn.dalian.laborbrand.notification.notices.NoticeTemplates;
import cn.dalian.laborbrand.notification.notices.Notices;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/**
 * Turns every event a person must hear of into in-app messages and the e-mails and SMS they owe, and keeps the reviewers'
 * queue for their daily digest: once per event, in one transaction.
 */
@Component
class NoticeListener {

    private final EventInbox inbox;
    private final InboxService messages;
    private final Dispatcher dispatcher;
    private final ReviewQueue queue;
    private final NoticeTemplates templates;

    NoticeListener(EventInbox inbox, InboxService messages, Dispatcher dispatcher, ReviewQueue queue, NoticeTemplates templates) {
        this.templates = templates;
        this.inbox = inbox;
        this.messages = messages;
        this.dispatcher = dispatcher;
        this.queue = queue;
    }

    @KafkaListener(topics = { ApplicationEvents.SUBMITTED_TOPIC, ApplicationEvents.RESUBMITTED_TOPIC, ApplicationEvents.WITHDRAWN_TOPIC,
            ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, EligibilityEvents.ASSESSED_TOPIC,
            ReviewEvents.DISTRICT_DECISION_MADE_TOPIC, ReviewEvents.PUBLICITY_STARTED_TOPIC, ReviewEvents.PUBLICITY_ENDED_TOPIC,
            ReviewEvents.OBJECTION_LODGED_TOPIC, ReviewEvents.OBJECTION_RESOLVED_TOPIC, ReviewEvents.APPLICATION_REJECTED_TOPIC,
            ReviewEvents.BRAND_CERTIFIED_TOPIC, RegistryEvents.BRAND_REGISTERED_TOPIC, SubsidyEvents.ENTITLEMENT_CREATED_TOPIC,
            RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED_TOPIC, RegistryEvents.RECTIFICATION_ORDERED_TOPIC, RegistryEvents.RECTIFICATION_ANSWERED_TOPIC, RegistryEvents.RECTIFICATION_EXTENDED_TOPIC,
            RegistryEvents.RECTIFICATION_REMINDER_DUE_TOPIC, RegistryEvents.RECTIFICATION_CLOSED_TOPIC, RegistryEvents.EXIT_PROPOSED_TOPIC,
            RegistryEvents.BRAND_EXITED_TOPIC, SubsidyEvents.DISBURSED_TOPIC, SubsidyEvents.PAYMENT_FAILED_TOPIC })
    void onEvent(String message, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic) {
        // the topic, not the message, says what it must be: the inbox then refuses another type, or another source than the topic's producer
        EventDefinition<?> event = EventCatalog.byTopic(topic)
                .orElseThrow(() -> new MalformedEventException("no event type travels on " + topic));
        receive(message, event);
    }

    private <P> void receive(String message, EventDefinition<P> event) {
        inbox.receive(message, event, envelope -> {
            for (Notice notice : Notices.of(envelope.payload(), templates)) {
                messages.deliver(notice.recipient(), notice.category(), notice.title(), notice.body(), envelope.eventId());
                dispatcher.dispatch(envelope.eventId(), notice);
            }
            queue.track(envelope.eventId(), envelope.payload());
        });
    }
}
