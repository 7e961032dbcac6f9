package cn.dalian.laborbrand.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.channels.SendResult;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

/**
 * One e-mail or SMS to one person (a unit or a member of staff) for one event, with its text.
 *
 * @param person        the unit's orgId ({@link Recipient.Kind#ORGANISATION}) or the staff member's user name ({@link Recipient.Kind#PERSON})
 * @param recipientName the unit's name, or the staff member's name (in clear here: masked in answers)
 * @param address       the address last written to, in clear (masked in answers), or null
 */
record Delivery(UUID id, UUID eventId, NoticeKind kind, Recipient.Kind recipientKind, String person, String recipientName, Channel channel,
        String address, DeliveryStatus status, int attempts, int roundTries, Instant roundStartedAt, Instant nextAttemptAt, String failureCode,
        String lastError, Instant createdAt, Instant sentAt, Text text) {

    /** The code of a delivery whose unit (or member of staff) has no usable address for its channel. */
    static final String NO_CONTACT = "NO_CONTACT";

    /** What the notice says, as its dispatch keeps it. */
    record Text(String title, String emailSubject, String emailText, String emailHtml, String sms) {
    }

    /** Sent now: the provider accepted it. */
    Delivery sent(Instant now) {
        return with(DeliveryStatus.SENT, roundTries + 1, null, null, null, now);
    }

    /** Could not go now: tried again at {@code next}. */
    Delivery retrying(String reason, Instant next) {
        return with(DeliveryStatus.PENDING, roundTries + 1, next, null, reason, null);
    }

    /** Cannot go: failed for good, with a stable code and the reason in Chinese. */
    Delivery failed(String code, String reason) {
        return with(DeliveryStatus.FAILED, roundTries + 1, null, code, reason, null);
    }

    /**
     * What an attempt's result makes of the delivery: sent, failed for good, or tried again later by the policy's back-off
     * until its give-up age, then failed ({@code NO_CONTACT} when the address never came, else {@code RETRIES_EXHAUSTED}).
     */
    Delivery after(SendResult result, RetryPolicy retries, Instant now) {
        return switch (result) {
            case SendResult.Sent sent -> sent(now);
            case SendResult.Permanent permanent -> failed(permanent.code(), permanent.reason());
            case SendResult.Transient later -> retries.nextAttempt(roundTries + 1, later.retryAfter(), roundStartedAt, now)
                    .map(next -> retrying(later.reason(), next))
                    .orElseGet(() -> NO_CONTACT.equals(later.providerStatus())
                            ? failed(NO_CONTACT, later.reason() + "已超过等待期限，请在单位信息补全联系方式后重新发送。")
                            : failed("RETRIES_EXHAUSTED", later.reason() + "已多次重试仍未成功，超过等待期限，不再自动重试。"));
        };
    }

    /** An operator sends a failed delivery again: due now, its back-off and give-up age start over; the attempts stay logged. */
    Delivery resent(Instant now) {
        return new Delivery(id, eventId, kind, recipientKind, person, recipientName, channel, address, DeliveryStatus.PENDING, attempts, 0, now,
                now, null, lastError, createdAt, null, text);
    }

    /** The address and name this attempt writes to; one attempt more. */
    Delivery attempting(String name, String to) {
        return new Delivery(id, eventId, kind, recipientKind, person, name, channel, to, status, attempts + 1, roundTries, roundStartedAt,
                nextAttemptAt, failureCode, lastError, createdAt, sentAt, text);
    }

    /** Written to another address (a corrected one) from now on. */
    Delivery addressedTo(String name, String to) {
        return new Delivery(id, eventId, kind, recipientKind, person, name, channel, to, status, attempts, roundTries, roundStartedAt,
                nextAttemptAt, failureCode, lastError, createdAt, sentAt, text);
    }

    private Delivery with(DeliveryStatus next, int tries, Instant nextAttempt, String code, String error, Instant sent) {
        return new Delivery(id, eventId, kind, recipientKind, person, recipientName, channel, address, next, attempts, tries, roundStartedAt,
                nextAttempt, code, error, createdAt, sent, text);
    }

    /** The subject as the operator reads it: the e-mail's, or for an SMS the notice's title. */
    String subject() {
        return channel == Channel.EMAIL ? text.emailSubject() : text.title();
    }

    @Override
    public String toString() {
        // never the address or the name in a log line
        return "Delivery[" + id + ", " + kind + ", " + recipientKind + " " + person + ", " + channel + ", " + status + "]";
    }
}
