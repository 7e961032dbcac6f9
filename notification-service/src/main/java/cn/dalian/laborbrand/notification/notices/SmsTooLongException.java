package cn.dalian.laborbrand.notification.notices;

/**
 * A template rendered an SMS longer than one segment: a fault of the template (or of data far beyond what it was written for),
 * which no retry mends; the delivery records it as a permanent failure.
 */
public class SmsTooLongException extends RuntimeException {

    private final NoticeKind kind;
    private final int length;

    public SmsTooLongException(NoticeKind kind, int length) {
        super("短信超长：" + kind + " 的短信为 " + length + " 个字符（含签名），超过一条短信的 " + SmsLength.SEGMENT + " 个字符");
        this.kind = kind;
        this.length = length;
    }

    public NoticeKind kind() {
        return kind;
    }

    /** Characters, signature included. */
    public int length() {
        return length;
    }
}
