package cn.dalian.laborbrand.notification.contacts;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** Keeps the units' contacts from application-service's profile events, once per event (an unknown version is dead-lettered by the inbox). */
@Component
class ContactsListener {

    private final EventInbox inbox;
    private final Contacts contacts;

    ContactsListener(EventInbox inbox, Contacts contacts) {
        this.inbox = inbox;
        this.contacts = contacts;
    }

    @KafkaListener(topics = ApplicationEvents.ORGANISATION_CONTACTS_CHANGED_TOPIC)
    void onContactsChanged(String message) {
        inbox.receive(message, ApplicationEvents.ORGANISATION_CONTACTS_CHANGED, envelope -> contacts.keep(envelope.payload()));
    }
}
