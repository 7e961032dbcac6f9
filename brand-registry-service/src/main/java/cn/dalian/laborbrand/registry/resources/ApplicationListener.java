package cn.dalian.laborbrand.registry.resources;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** What the resource library needs of each application, as submitted and as resubmitted after a supplement. */
@Component
class ApplicationListener {

    private final EventInbox inbox;
    private final ResourceLibrary library;

    ApplicationListener(EventInbox inbox, ResourceLibrary library) {
        this.inbox = inbox;
        this.library = library;
    }

    @KafkaListener(topics = ApplicationEvents.SUBMITTED_TOPIC)
    void onSubmitted(String message) {
        inbox.receive(message, ApplicationEvents.SUBMITTED, event -> library.recordApplication(event.payload(), 0));
    }

    @KafkaListener(topics = ApplicationEvents.RESUBMITTED_TOPIC)
    void onResubmitted(String message) {
        inbox.receive(message, ApplicationEvents.RESUBMITTED,
                event -> library.recordApplication(event.payload().application(), event.payload().round()));
    }
}
