package cn.dalian.laborbrand.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.contacts.ContactsUpdated;
import cn.dalian.laborbrand.notification.directory.StaffDirectory;
import cn.dalian.laborbrand.notification.directory.StaffMember;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The operators' delivery log: what went, what waits, what failed and why; a failed one sent again. */
@Service
class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final DeliveryRepository deliveries;
    private final StaffDirectory directory;
    private final Clock clock;

    DeliveryLog(DeliveryRepository deliveries, StaffDirectory directory, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.clock = clock;
    }

    record Entry(Delivery delivery, String content, List<AttemptLog> attempts) {
    }

    @Transactional(readOnly = true)
    Page<Delivery> list(Optional<DeliveryStatus> status, Optional<Channel> channel, Optional<NoticeKind> kind, PageQuery page) {
        return deliveries.find(status, channel, kind, page);
    }

    @Transactional(readOnly = true)
    Entry get(UUID id) {
        Delivery delivery = deliveries.find(id).orElseThrow(DeliveryLog::unknown);
        // the SMS as the phone shows it, its signature included
        String content = delivery.channel() == Channel.SMS ? delivery.text().sms() : delivery.text().emailText();
        return new Entry(delivery, content, deliveries.attempts(id));
    }

    /**
     * Sends a failed delivery again, now (a unit's address is read afresh from its contacts; a member of staff's from the
     * directory when it answers).
     *
     * @throws PlatformException {@code DELIVERY_NOT_FOUND}, {@code DELIVERY_NOT_FAILED} (409) for one pending or sent
     */
    @Transactional
    Entry resend(UUID id) {
        Delivery delivery = deliveries.lock(id).orElseThrow(DeliveryLog::unknown);
        if (delivery.status() != DeliveryStatus.FAILED) {
            throw new PlatformException(DeliveryProblem.DELIVERY_NOT_FAILED, "只有发送失败的消息才能重新发送，该消息当前为「%s」。"
                    .formatted(DeliveryMapper.label(delivery.status()))).with("status", delivery.status().name());
        }
        Delivery again = delivery.resent(clock.instant());
        if (again.recipientKind() == Recipient.Kind.PERSON) {
            again = withCurrentAddress(again);
        }
        deliveries.update(again);
        log.info("{} resent by an operator", again);
        return get(id);
    }

    /** A unit's contacts came or changed: its deliveries waiting for them are due now. */
    @EventListener
    void onContactsUpdated(ContactsUpdated updated) {
        deliveries.wakeUp(updated.orgId(), clock.instant());
    }

    /** The staff member's address as the directory says now (corrected since?); the one known when it cannot answer. */
    private Delivery withCurrentAddress(Delivery delivery) {
        try {
            return directory.membersOf(new Recipient(Recipient.Kind.PERSON, delivery.person())).stream().findFirst()
                    .map(member -> delivery.addressedTo(member.displayName(), address(delivery.channel(), member)))
                    .orElse(delivery);
        } catch (RuntimeException directoryDown) {
            log.warn("resending {} with the address known: the directory did not answer ({})", delivery, directoryDown.toString());
            return delivery;
        }
    }

    private static String address(Channel channel, StaffMember member) {
        return channel == Channel.EMAIL ? member.email() : member.mobile();
    }

    private static PlatformException unknown() {
        return new PlatformException(DeliveryProblem.DELIVERY_NOT_FOUND);
    }
}
