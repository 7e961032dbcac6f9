package cn.dalian.laborbrand.notification.notices;

import cn.dalian.laborbrand.notification.inbox.Recipient;

/** A message the platform owes somebody because of an event: for whom, of which kind, in the words of each channel. */
public record Notice(Recipient recipient, NoticeKind kind, NoticeText text) {

    public String title() {
        return text.title();
    }

    public String body() {
        return text.body();
    }

    /**
     * The SMS to send.
     *
     * @throws SmsTooLongException when the template made it longer than one segment: a permanent failure of this SMS
     */
    public String sms() {
        return SmsLength.check(kind, text.sms());
    }

    public String category() {
        return kind.category();
    }
}
