package cn.dalian.laborbrand.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font every PDF of the platform is set in: Noto Sans SC (SIL OFL 1.1), shipped in this jar as a subset of
 * GB2312 with ASCII, CJK punctuation and full-width forms (see {@code fonts/README.md} beside the files). Read once and
 * kept (2.5 MB a weight), since documents are rendered again and again.
 */
public enum DocumentFont {

    REGULAR(400, "NotoSansSC-Regular-GB2312.ttf"),
    BOLD(700, "NotoSansSC-Bold-GB2312.ttf");

    /** The family name templates write in CSS ({@code font-family: "Noto Sans SC"}); the base stylesheet sets it already. */
    public static final String FAMILY = "Noto Sans SC";

    private final int weight;
    private final String file;
    private volatile byte[] bytes;

    DocumentFont(int weight, String file) {
        this.weight = weight;
        this.file = file;
    }

    /** The CSS font weight this file answers. */
    public int weight() {
        return weight;
    }

    /** The font file (TrueType outlines, which PDFBox can subset when it embeds them). */
    public InputStream open() {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (InputStream resource = DocumentFont.class.getResourceAsStream("fonts/" + file)) {
                if (resource == null) {
                    throw new IllegalStateException("the font " + file + " is missing from platform-documents");
                }
                loaded = resource.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the font " + file, e);
            }
            bytes = loaded;
        }
        return new ByteArrayInputStream(loaded);
    }
}
