package cn.dalian.laborbrand.application.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Reads a CSV roster as it streams (FastCSV): in UTF-8 (with or without a byte-order mark) or, when its first 64 KB
 * are not UTF-8, in GBK (GB 18030, which Excel for Chinese Windows saves) — the text is decoded strictly, so a file
 * in neither is refused with its line, never read as garbage.
 */
final class CsvRosterReader {

    static final Charset GBK = Charset.forName("GB18030");
    private static final int SNIFF_BYTES = 64 * 1024;

    private CsvRosterReader() {
    }

    /** @param maxRows the most rows a roster may have, the header not counted */
    static void read(InputStream content, int maxRows, RosterRows rows) {
        BufferedInputStream in = new BufferedInputStream(content, SNIFF_BYTES);
        Charset charset = charsetOf(in);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(false).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(new InputStreamReader(in, decoder))) {
            boolean first = true;
            for (CsvRecord record : csv) {
                line = record.getStartingLineNumber();
                if (first) {
                    rows.header(record.getFields());
                    first = false;
                } else {
                    if (line - 1 > maxRows) {
                        throw tooManyRows(maxRows);
                    }
                    rows.row(Math.toIntExact(line), record.getFields());
                }
            }
            if (first) {
                throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "花名册是空的：没有表头，也没有数据行。");
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), line, charset);
        } catch (IOException e) {
            throw unreadable(e, line, charset);
        } catch (CsvParseException e) {
            throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "花名册第 " + (line + 1) + " 行附近不是有效的 CSV 格式（引号不成对或单元格过长）。");
        }
    }

    /** UTF-8 when the first bytes decode as UTF-8 (a sequence cut at the end of the sample allowed), else GBK. */
    static Charset charsetOf(BufferedInputStream in) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            if (start == 3) {
                in.skip(3); // the byte-order mark is no part of the first header
                return StandardCharsets.UTF_8;
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult result = utf8.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), head.length < SNIFF_BYTES);
            return result.isError() ? GBK : StandardCharsets.UTF_8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlatformException tooManyRows(int maxRows) {
        return new PlatformException(RosterProblem.ROSTER_TOO_MANY_ROWS, "花名册超过 " + maxRows + " 行的上限，请分年度或分批整理后联系区人社部门。");
    }

    private static PlatformException unreadable(Throwable cause, long line, Charset charset) {
        if (cause instanceof CharacterCodingException) {
            return new PlatformException(RosterProblem.ROSTER_ENCODING, "花名册第 " + (line + 1) + " 行附近的文字不是有效的 "
                    + (charset.equals(GBK) ? "GBK" : "UTF-8") + " 编码，请以 UTF-8 或 GBK 编码另存为 CSV 后重新导入。");
        }
        throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
    }
}
