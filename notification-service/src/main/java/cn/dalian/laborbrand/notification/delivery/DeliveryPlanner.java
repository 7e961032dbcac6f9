package cn.dalian.laborbrand.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.contacts.Contacts;
import cn.dalian.laborbrand.notification.contacts.UnitContacts;
import cn.dalian.laborbrand.notification.directory.StaffDirectory;
import cn.dalian.laborbrand.notification.directory.StaffMember;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.preferences.Preferences;

/**
 * Turns each dispatch into deliveries, one per person and channel they chose for its kind (the inbox is written by the
 * listener already): a unit is one person (its address read from its contacts when sending), a staff recipient the members
 * the directory names. When the directory cannot answer, the dispatch waits and is planned later: nothing is lost.
 */
@Service
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryPlanner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

    private final DispatchRepository dispatches;
    private final DeliveryRepository deliveries;
    private final Contacts contacts;
    private final StaffDirectory directory;
    private final Preferences preferences;
    private final DeliveryProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryPlanner(DispatchRepository dispatches, DeliveryRepository deliveries, Contacts contacts, StaffDirectory directory,
            Preferences preferences, DeliveryProperties properties, TransactionTemplate transactions, Clock clock) {
        this.dispatches = dispatches;
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.directory = directory;
        this.preferences = preferences;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Plans the dispatches due, at most a batch of them, each in its own transaction; how many it took. */
    int planDue() {
        int taken = 0;
        while (taken < properties.batchSize() && Boolean.TRUE.equals(transactions.execute(status -> planOne()))) {
            taken++;
        }
        return taken;
    }

    private boolean planOne() {
        Instant now = clock.instant();
        Optional<Dispatch> due = dispatches.claimDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Dispatch dispatch = due.get();
        try {
            if (dispatch.recipient().kind() == Recipient.Kind.ORGANISATION) {
                String orgId = dispatch.recipient().id();
                String unitName = contacts.of(orgId).map(UnitContacts::legalName).orElse(null);
                plan(dispatch, Recipient.Kind.ORGANISATION, orgId, unitName, dispatch.recipient(), null, null, now);
            } else {
                for (StaffMember member : directory.membersOf(dispatch.recipient())) {
                    plan(dispatch, Recipient.Kind.PERSON, member.username(), member.displayName(),
                            new Recipient(Recipient.Kind.PERSON, member.username()), member.email(), member.mobile(), now);
                }
            }
            dispatches.expanded(dispatch.id(), now);
        } catch (RuntimeException directoryDown) {
            // the directory (Keycloak) could not say who the staff are now: the dispatch waits, with the back-off of a delivery
            Instant next = now.plus(properties.retries().delayAfter(dispatch.tries() + 1));
            log.warn("dispatch {} of event {} waits until {}: {}", dispatch.id(), dispatch.eventId(), next, directoryDown.toString());
            dispatches.deferred(dispatch.id(), "暂时无法从统一身份认证查询收件人员（%s），稍后重试。".formatted(directoryDown.getMessage()), next);
        }
        return true;
    }

    private void plan(Dispatch dispatch, Recipient.Kind kind, String person, String name, Recipient chooser, String email, String mobile,
            Instant now) {
        Set<Channel> channels = preferences.channelsFor(chooser, dispatch.kind());
        for (Channel channel : List.of(Channel.EMAIL, Channel.SMS)) {
            if (channels.contains(channel)) {
                deliveries.plan(dispatch, kind, person, name, channel, channel == Channel.EMAIL ? email : mobile, now);
            }
        }
    }
}
