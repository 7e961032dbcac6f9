package cn.dalian.laborbrand.review.exports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of folders and files inside a ZIP, as whoever unpacks it on Windows or elsewhere can use them: no separator, no
 * character Windows refuses, no control or invisible format character, no leading or trailing dot or space, at most
 * {@value #MAX_LENGTH} characters (the extension kept); a name used twice in a folder gets （2）, （3）….
 */
final class ZipNames {

    static final int MAX_LENGTH = 80;

    private final Set<String> taken = new HashSet<>();

    /** A safe name, unique among those this instance gave. */
    String unique(String wanted, String fallback) {
        String name = safe(wanted, fallback);
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "（" + n + "）" + extension;
        }
        return candidate;
    }

    static String safe(String wanted, String fallback) {
        StringBuilder kept = new StringBuilder();
        String given = wanted == null ? "" : wanted;
        for (int i = 0; i < given.length(); ) {
            int c = given.codePointAt(i);
            i += Character.charCount(c);
            if ("/\\:*?\"<>|".indexOf(c) >= 0) {
                kept.append('_');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                kept.appendCodePoint(c);
            }
        }
        String name = kept.toString().strip().replaceAll("^[. ]+|[. ]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length())).strip() + extension;
        }
        return name;
    }
}
