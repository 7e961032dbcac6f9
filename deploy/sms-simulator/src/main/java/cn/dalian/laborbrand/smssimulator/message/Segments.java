package cn.dalian.laborbrand.smssimulator.message;

/**
 * How a message is billed and split on the handset: the text a phone shows is {@code 【signName】content}, counted in
 * characters (code points, a Chinese character is one): up to 70 is one segment; longer texts travel as concatenated
 * segments of 67 (each loses three to the header that joins them).
 */
public final class Segments {

    public static final int SINGLE = 70;
    public static final int CONCATENATED = 67;
    /** The longest text the gateway takes (eight segments). */
    public static final int MAX_LENGTH = 500;

    private Segments() {
    }

    /** What the phone shows: the sign name in 【】 before the content. */
    public static String signed(String signName, String content) {
        return "【" + signName + "】" + content;
    }

    public static int length(String signName, String content) {
        String text = signed(signName, content);
        return text.codePointCount(0, text.length());
    }

    public static int of(String signName, String content) {
        int length = length(signName, content);
        return length <= SINGLE ? 1 : (length + CONCATENATED - 1) / CONCATENATED;
    }
}
