package cn.dalian.laborbrand.notification.contacts;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;

/** Each unit's contacts as its profile last said: the highest version wins, whatever order the events come in. */
@Service
public class Contacts {

    private static final Logger log = LoggerFactory.getLogger(Contacts.class);

    private final ContactsRepository contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contacts(ContactsRepository contacts, ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /** The unit's contacts, if its profile has been heard of. */
    @Transactional(readOnly = true)
    public Optional<UnitContacts> of(String orgId) {
        return contacts.find(orgId);
    }

    /** Keeps the profile's contacts unless a later version is kept; a kept change is announced ({@link ContactsUpdated}). */
    @Transactional
    void keep(OrganisationContactsChanged changed) {
        if (contacts.keep(changed, clock.instant())) {
            events.publishEvent(new ContactsUpdated(changed.orgId()));
            log.info("contacts of {} now at version {}", changed.orgId(), changed.version());
        } else {
            log.info("contacts of {} version {} ignored: a later version is kept", changed.orgId(), changed.version());
        }
    }
}
