package cn.dalian.laborbrand.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.channels.EmailSender;
import cn.dalian.laborbrand.notification.channels.SendResult;
import cn.dalian.laborbrand.notification.channels.SmsGateway;
import cn.dalian.laborbrand.notification.contacts.Contacts;
import cn.dalian.laborbrand.notification.contacts.UnitContacts;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.SmsLength;
import cn.dalian.laborbrand.notification.notices.SmsTooLongException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the deliveries due. Any number of instances may run it: a delivery is taken with {@code FOR UPDATE SKIP LOCKED} and
 * left to its taker for the lease (committed before the call, so no transaction waits on SMTP or the gateway); the result is
 * recorded, with the attempt, in a second transaction. A unit's address is read from its contacts at each attempt, so that a
 * corrected profile is used at once.
 */
@Service
class DeliverySender {

    static final String METER = "laborbrand.notifications.deliveries";
    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final Contacts contacts;
    private final EmailSender email;
    private final SmsGateway sms;
    private final DeliveryProperties properties;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    DeliverySender(DeliveryRepository deliveries, Contacts contacts, EmailSender email, SmsGateway sms, DeliveryProperties properties,
            TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** Sends the deliveries due, at most a batch of them; how many it tried. */
    int sendDue() {
        int tried = 0;
        while (tried < properties.batchSize()) {
            Optional<Delivery> taken = transactions.execute(status -> deliveries.claimDue(clock.instant()).map(due -> {
                deliveries.lease(due.id(), clock.instant().plus(properties.lease()));
                return due;
            }));
            if (taken == null || taken.isEmpty()) {
                break;
            }
            send(taken.get());
            tried++;
        }
        return tried;
    }

    private void send(Delivery due) {
        Instant started = clock.instant();
        Delivery attempt = addressed(due);
        SendResult result = attempt.address() == null ? noContact(attempt) : switch (attempt.channel()) {
            case EMAIL -> email.send(attempt.id(), attempt.address(), attempt.recipientKind() == Recipient.Kind.ORGANISATION
                    ? contactName(attempt) : attempt.recipientName(),
                    new EmailSender.Email(attempt.text().emailSubject(), attempt.text().emailText(), attempt.text().emailHtml()));
            case SMS -> sendSms(attempt);
            case IN_APP -> throw new IllegalStateException("the inbox is written by the listener, not sent");
        };
        long millis = Duration.between(started, clock.instant()).toMillis();
        transactions.executeWithoutResult(status -> record(attempt, result, started, millis));
    }

    /**
     * The SMS in one segment, its signature included (the notices' rule), and without the signature to the gateway, which
     * puts the sign name before it: a longer one is never sent, a permanent failure of this SMS alone.
     */
    private SendResult sendSms(Delivery attempt) {
        String text = attempt.text().sms();
        if (text == null) {
            return sms.send(attempt.id(), attempt.address(), null);
        }
        try {
            return sms.send(attempt.id(), attempt.address(), SmsLength.content(SmsLength.check(attempt.kind(), text)));
        } catch (SmsTooLongException e) {
            return new SendResult.Permanent(null, null, "CONTENT_TOO_LONG",
                    "短信（含签名）共 %d 字，超过一条短信的 %d 字，短信未发送。".formatted(e.length(), SmsLength.SEGMENT));
        }
    }

    /** The attempt's result, on a delivery still pending (nothing else should have ended it meanwhile; if it did, it stays so). */
    private void record(Delivery attempt, SendResult result, Instant started, long millis) {
        if (deliveries.lock(attempt.id()).filter(current -> current.status() == DeliveryStatus.PENDING).isEmpty()) {
            return;
        }
        Delivery next = attempt.after(result, properties.retries(), clock.instant());
        deliveries.update(next);
        String outcome = next.status() == DeliveryStatus.SENT ? "SENT" : next.status() == DeliveryStatus.FAILED ? "FAILED" : "RETRY";
        deliveries.log(attempt.id(), new AttemptLog(started, outcome, result.providerStatus(), answer(result), millis));
        meters.counter(METER, "channel", attempt.channel().name(), "outcome", outcome.toLowerCase(Locale.ROOT)).increment();
        log.info("{} attempt {}: {} {}", attempt, next.attempts(), outcome, result.providerStatus());
    }

    /** The address of this attempt: a unit's from its contacts as they are now, a staff member's as the directory gave it. */
    private Delivery addressed(Delivery due) {
        if (due.recipientKind() != Recipient.Kind.ORGANISATION) {
            return due.attempting(due.recipientName(), due.address());
        }
        Optional<UnitContacts> unit = contacts.of(due.person());
        return due.attempting(unit.map(UnitContacts::legalName).orElse(due.recipientName()),
                unit.map(found -> due.channel() == Channel.EMAIL ? found.email() : found.mobile()).orElse(null));
    }

    private String contactName(Delivery attempt) {
        return contacts.of(attempt.person()).map(UnitContacts::contactName).orElse(null);
    }

    /**
     * No address: a unit whose profile has not come (or lacks it) may still send it, so it waits; a member of staff without
     * one in the directory fails at once (an operator resends once the directory has it).
     */
    private static SendResult noContact(Delivery attempt) {
        String what = attempt.channel() == Channel.EMAIL ? "电子邮箱" : "手机号码";
        if (attempt.recipientKind() == Recipient.Kind.ORGANISATION) {
            return new SendResult.Transient(Delivery.NO_CONTACT, null, "尚未收到该单位的%s（单位信息中的联系方式），收到后自动发送。".formatted(what), null);
        }
        return new SendResult.Permanent(Delivery.NO_CONTACT, null, Delivery.NO_CONTACT,
                "统一身份认证中该工作人员没有登记%s，消息未发送。".formatted(what));
    }

    /** What the provider said, else our reason. */
    private static String answer(SendResult result) {
        if (result.providerAnswer() != null) {
            return result.providerAnswer();
        }
        return switch (result) {
            case SendResult.Sent sent -> null;
            case SendResult.Transient later -> later.reason();
            case SendResult.Permanent never -> never.reason();
        };
    }
}
