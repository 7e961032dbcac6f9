package cn.dalian.laborbrand.application.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * What a file really is, from its first bytes alone (Tika's magic numbers), never from its name or the type its
 * sender declared: an executable called 营业执照.pdf is an executable. For the roster's formats it goes one step
 * further than the magic: an Office Open XML container is a workbook only when its {@code [Content_Types].xml} says
 * so (a Word document is one too), and text is taken as CSV.
 */
final class ContentSniffer {

    /** How many first bytes the sniffer reads: enough for every magic number Tika knows and an OOXML's first entry. */
    static final int HEAD = 64 * 1024;

    static final String OOXML = "application/x-tika-ooxml";

    /**
     * A detected type.
     *
     * @param mediaType   the type the file is stored and served as
     * @param description what it is, in Chinese, for a person reading a refusal
     */
    record Sniffed(String mediaType, String description) {

        boolean allowedFor(MaterialKind kind) {
            return kind.format().mediaTypes().contains(mediaType) || kind.format() == MaterialKind.Format.TABLE && mediaType.equals(OOXML);
        }
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(MediaTypes.PDF, "PDF 文档"),
            Map.entry(MediaTypes.JPEG, "JPEG 图片"),
            Map.entry(MediaTypes.PNG, "PNG 图片"),
            Map.entry(MediaTypes.XLSX, "Excel 工作簿（XLSX）"),
            Map.entry(MediaTypes.CSV, "CSV 文本表格"),
            Map.entry("text/plain", "纯文本"),
            Map.entry(OOXML, "Office Open XML 文档"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档（DOCX）"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿（PPTX）"),
            Map.entry("application/x-tika-msoffice", "Office 97-2003 文档（DOC/XLS/PPT）"),
            Map.entry("application/msword", "Word 97-2003 文档（DOC）"),
            Map.entry("application/vnd.ms-excel", "Excel 97-2003 工作簿（XLS）"),
            Map.entry("application/zip", "ZIP 压缩包"),
            Map.entry("application/x-rar-compressed", "RAR 压缩包"),
            Map.entry("application/x-7z-compressed", "7z 压缩包"),
            Map.entry("application/gzip", "GZIP 压缩包"),
            Map.entry("image/gif", "GIF 图片"),
            Map.entry("image/bmp", "BMP 图片"),
            Map.entry("image/tiff", "TIFF 图片"),
            Map.entry("image/webp", "WebP 图片"),
            Map.entry("image/heic", "HEIC 图片"),
            Map.entry("text/html", "HTML 网页"),
            Map.entry("application/xml", "XML 文档"),
            Map.entry("image/svg+xml", "SVG 矢量图（可含脚本）"),
            Map.entry("application/octet-stream", "无法识别的二进制内容"));

    private final Detector detector;

    ContentSniffer() {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /** The type of a file whose first bytes (at most {@link #HEAD}) are given; a table's formats are told apart. */
    Sniffed sniff(byte[] head, MaterialKind kind) {
        String type = detect(head);
        if (kind.format() == MaterialKind.Format.TABLE) {
            if (type.equals(OOXML)) {
                type = ooxmlKindOf(head);
            } else if (type.equals("text/plain") || type.equals("application/octet-stream") && isChineseText(head)) {
                type = MediaTypes.CSV;
            }
        }
        return new Sniffed(type, describe(type));
    }

    private String detect(byte[] head) {
        try (InputStream bytes = new ByteArrayInputStream(head)) {
            // no resource name, no declared type: only the bytes speak
            MediaType detected = detector.detect(bytes, new Metadata());
            return detected.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text in GBK (GB 18030), which Excel for Chinese Windows saves a CSV in and which Tika's text detector, made for
     * ASCII and UTF-8, calls binary: the bytes decode strictly (a character cut at the end of the sample allowed) and
     * hold no control character but line breaks and tabs.
     */
    static boolean isChineseText(byte[] head) {
        CharsetDecoder gbk = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(head.length);
        if (gbk.decode(ByteBuffer.wrap(head), text, head.length < HEAD).isError()) {
            return false;
        }
        text.flip();
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    /** A workbook, a Word document or a presentation, as its first entry {@code [Content_Types].xml} says; else OOXML. */
    private static String ooxmlKindOf(byte[] head) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(HEAD), StandardCharsets.UTF_8);
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return MediaTypes.XLSX;
                    }
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                    }
                    if (types.contains("presentationml.presentation.main+xml")) {
                        return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                    }
                    return OOXML;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the entry runs past the first bytes, or the container is damaged: the roster import will tell
        }
        return OOXML;
    }

    private static String describe(String type) {
        String known = DESCRIPTIONS.get(type);
        if (known != null) {
            return known;
        }
        if (type.startsWith("application/x-msdownload") || type.equals("application/x-dosexec") || type.equals("application/x-executable")
                || type.equals("application/x-sharedlib") || type.equals("application/x-elf") || type.equals("application/x-mach-o-executable")
                || type.equals("application/x-sh") || type.equals("application/x-msdos-program")) {
            return "可执行程序";
        }
        if (type.startsWith("image/")) {
            return "其他格式的图片";
        }
        if (type.startsWith("text/")) {
            return "文本文件";
        }
        return "其他格式的文件";
    }
}
