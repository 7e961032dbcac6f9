package cn.dalian.laborbrand.platform.validation;

import java.util.Optional;

/**
 * What text the platform takes in, from people and from programs alike: the one place these rules live.
 * <ul>
 * <li>Anywhere: no control characters but tab, line feed and carriage return (a NUL would reach the database); no
 * lone surrogate (half a character, stored as "?"); no U+FFFD, which stands where the bytes sent were not UTF-8; no
 * bidirectional embedding, override or isolate control, which makes a text read otherwise than it is stored.</li>
 * <li>In a name (a brand, a unit, a holiday): one line, and no invisible format character at all (zero-width
 * spaces and joiners, direction marks, soft hyphens, byte-order marks).</li>
 * <li>A required text is blank unless a reader sees a character in it: whitespace, NBSP and invisible format
 * characters alone are blank.</li>
 * </ul>
 * Each refusal is said in Chinese, naming the character (U+…), for the problem document.
 */
public final class AcceptableText {

    private AcceptableText() {
    }

    /** Why the text is refused wherever it is sent, or empty when it is acceptable. */
    public static Optional<String> refusalAnywhere(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole supplementary character
            } else if (Character.isSurrogate(c)) {
                return Optional.of("含有不完整的字符（孤立的代理项 " + codeOf(c) + "）");
            } else if (c == '\uFFFD') {
                return Optional.of("含有无效的 UTF-8 编码（无法识别的字符 U+FFFD）");
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("含有不允许的控制字符（" + codeOf(c) + "）");
            } else if (isBidiControl(c)) {
                return Optional.of("含有改变文字方向的控制字符（" + codeOf(c) + "）");
            }
        }
        return Optional.empty();
    }

    /** Why the text is refused as a name, or empty when it is an acceptable one. */
    public static Optional<String> refusalInName(CharSequence text) {
        Optional<String> anywhere = refusalAnywhere(text);
        if (anywhere.isPresent()) {
            return anywhere;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return Optional.of("名称只能是一行文字，不能含有换行或制表符");
            }
            if (Character.getType(c) == Character.FORMAT) {
                return Optional.of("名称中不能含有不可见的格式字符（" + codeOf(c) + "）");
            }
        }
        return Optional.empty();
    }

    /** Whether a reader sees a character in the text: whitespace, NBSP and invisible format characters alone are blank. */
    public static boolean isVisible(CharSequence text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codeOf(char c) {
        return String.format("U+%04X", (int) c);
    }
}
