package cn.dalian.laborbrand.notification.notices;

/**
 * The SMS rule: one segment of 70 characters, the signature 【大连人社】 included (a longer text is split and billed as several,
 * and may arrive out of order). Counted in characters (code points), as the gateways count Chinese text.
 */
public final class SmsLength {

    /** Characters in one SMS segment of Chinese (UCS-2) text, signature included. */
    public static final int SEGMENT = 70;

    /** The sign name registered with the SMS gateway, for a provider that takes it apart from the text. */
    public static final String SIGN_NAME = "大连人社";

    /** The signature every SMS starts with. */
    public static final String SIGNATURE = "【" + SIGN_NAME + "】";

    private SmsLength() {
    }

    /** The SMS as a template wrote it: the signature and the content. */
    static String signed(String content) {
        return SIGNATURE + content;
    }

    /**
     * The SMS, if it fits in one segment; checked before it is sent, so that a template's fault costs the SMS only, never the
     * inbox message or the e-mail of the same notice.
     *
     * @throws SmsTooLongException when it is longer than {@link #SEGMENT} characters, signature included
     */
    public static String check(NoticeKind kind, String sms) {
        int length = length(sms);
        if (length > SEGMENT) {
            throw new SmsTooLongException(kind, length);
        }
        return sms;
    }

    /** The content without the signature, for a gateway that adds the sign name itself. */
    public static String content(String sms) {
        return sms.startsWith(SIGNATURE) ? sms.substring(SIGNATURE.length()) : sms;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
