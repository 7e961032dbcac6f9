package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The spreadsheets the platform hands out: the roster template and the list of refused rows, as XLSX (written
 * streaming, a window of rows in memory) or CSV in UTF-8 with a byte-order mark (so that Excel reads the Chinese).
 * Every cell is text; a value a spreadsheet would take for a formula (=, +, -, @) is written with a leading
 * apostrophe, so that what a unit typed is shown, never run.
 */
final class RosterSheets {

    static final String CSV = "text/csv;charset=UTF-8";
    private static final List<String> REFUSAL_HEADERS = List.of("行号", "列", "拒收原因", "姓名", "身份证号码");
    private static final List<String> EXAMPLE = List.of("王建国", "210211199003071235", "13904118765", "2022", "务工人员", "是", "是", "本单位", "是",
            "否", "", "");

    private RosterSheets() {
    }

    /** The template: the headers, one example row, every column formatted as text so that ID numbers keep all 18 digits. */
    static void template(boolean xlsx, OutputStream out) {
        List<String> headers = RosterColumn.headers();
        write(xlsx, out, "花名册", headers, rows -> rows.accept(EXAMPLE));
    }

    static void refusals(boolean xlsx, OutputStream out, Consumer<Consumer<RowRefusal>> each) {
        write(xlsx, out, "拒收清单", REFUSAL_HEADERS, rows -> each.accept(refusal -> rows.accept(List.of(String.valueOf(refusal.line()),
                nullToEmpty(refusal.column()), refusal.reason(), nullToEmpty(refusal.maskedName()), nullToEmpty(refusal.maskedIdNumber())))));
    }

    /** A cell value as text a spreadsheet shows and never evaluates. */
    static String inert(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void write(boolean xlsx, OutputStream out, String sheetName, List<String> headers, Consumer<Consumer<List<String>>> body) {
        try {
            if (xlsx) {
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                    Sheet sheet = workbook.createSheet(sheetName);
                    DataFormat formats = workbook.createDataFormat();
                    CellStyle text = workbook.createCellStyle();
                    text.setDataFormat(formats.getFormat("@"));
                    for (int i = 0; i < headers.size(); i++) {
                        sheet.setDefaultColumnStyle(i, text);
                        sheet.setColumnWidth(i, 20 * 256);
                    }
                    int[] next = { 0 };
                    Consumer<List<String>> rows = values -> {
                        Row row = sheet.createRow(next[0]++);
                        for (int i = 0; i < values.size(); i++) {
                            var cell = row.createCell(i);
                            cell.setCellStyle(text);
                            cell.setCellValue(inert(values.get(i)));
                        }
                    };
                    rows.accept(headers);
                    body.accept(rows);
                    workbook.write(out);
                }
            } else {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(writer);
                csv.writeRecord(headers);
                body.accept(values -> csv.writeRecord(values.stream().map(RosterSheets::inert).toList()));
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
