package cn.dalian.laborbrand.application.evidence;

import java.util.Map;

/**
 * The name a file is shown and downloaded under: only a label. It is never a path nor a storage key (keys are UUIDs):
 * folders a client put before the name are dropped, control and invisible format characters (a right-to-left
 * override that makes {@code exe.pdf} read as {@code fdp.exe}) removed, runs of whitespace made one space, and it is
 * cut to {@value #MAX_LENGTH} characters keeping its extension. Without a usable name, the kind's name stands in.
 */
final class FileLabel {

    static final int MAX_LENGTH = 100;

    private static final Map<String, String> EXTENSIONS = Map.of(MediaTypes.PDF, ".pdf", MediaTypes.JPEG, ".jpg", MediaTypes.PNG, ".png",
            MediaTypes.XLSX, ".xlsx", MediaTypes.CSV, ".csv");

    private FileLabel() {
    }

    /** The label for a file of the kind that the sender named so (or did not name: {@code null}). */
    static String of(String given, MaterialKind kind) {
        String label = given == null ? "" : clean(given);
        return label.isEmpty() ? kind.label() : label;
    }

    /**
     * The name a download offers: the label, with the extension of the stored type added when the label lacks it (a
     * PNG labelled 营业执照 downloads as 营业执照.png).
     */
    static String downloadName(String label, String mediaType) {
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null || label.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || mediaType.equals(MediaTypes.JPEG) && label.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg")) {
            return label;
        }
        return label + extension;
    }

    private static String clean(String given) {
        String name = given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL && !Character.isWhitespace(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || c == 0xFFFD) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !kept.isEmpty()) {
                kept.append(' ');
            }
            space = false;
            kept.appendCodePoint(c);
        }
        String label = kept.toString();
        // a name of dots alone ("..") means nothing
        if (label.chars().allMatch(c -> c == '.')) {
            return "";
        }
        return shortened(label);
    }

    /** At most MAX_LENGTH characters (as a person counts them), keeping an extension of up to ten. */
    private static String shortened(String label) {
        int length = label.codePointCount(0, label.length());
        if (length <= MAX_LENGTH) {
            return label;
        }
        int dot = label.lastIndexOf('.');
        String extension = dot > 0 && label.codePointCount(dot, label.length()) <= 10 ? label.substring(dot) : "";
        String base = extension.isEmpty() ? label : label.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
