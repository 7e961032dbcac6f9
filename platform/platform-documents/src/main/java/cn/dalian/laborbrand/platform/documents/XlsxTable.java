package cn.dalian.laborbrand.platform.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table written as an XLSX workbook row by row (POI's streaming SXSSF): a bold header row that stays in view when
 * scrolling, column widths, then the rows. Only the last {@value #ROWS_IN_MEMORY} rows are held in memory, the rest go
 * to a compressed temporary file until {@link #close()} writes the workbook, so a list of any length takes the same
 * memory.
 *
 * <pre>{@code
 * try (XlsxTable table = XlsxTable.open(out, "公示名单", List.of(new Column("品牌名称", 40), new Column("公示开始", 12)))) {
 *     table.row("大连甘井子金港焊工劳务品牌", LocalDate.of(2022, 11, 24));
 * }
 * }</pre>
 */
public final class XlsxTable implements AutoCloseable {

    /** The media type of what {@link #close()} writes, for a download's Content-Type. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final int ROWS_IN_MEMORY = 100;

    /**
     * @param width the column's width in half-width characters (a Chinese character takes two)
     */
    public record Column(String header, int width) {

        public Column {
            if (width < 1 || width > 255) {
                throw new IllegalArgumentException("a column is 1 to 255 characters wide");
            }
        }
    }

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final int columns;
    private final CellStyle date;
    private int next;

    private XlsxTable(OutputStream out, String sheetName, List<Column> columns) {
        this.out = out;
        this.columns = columns.size();
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        this.workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        this.date = workbook.createCellStyle();
        this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        writeHeader(columns);
    }

    /** Starts the table; the workbook reaches {@code out} when the table is closed. */
    public static XlsxTable open(OutputStream out, String sheetName, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        return new XlsxTable(out, sheetName, List.copyOf(columns));
    }

    /**
     * Appends a row, one value per column: text, a number (integers and {@link BigDecimal} as numbers a spreadsheet can
     * add up), a {@link LocalDate}, a boolean (是/否), or null for an empty cell.
     */
    public XlsxTable row(Object... values) {
        if (values.length > columns) {
            throw new IllegalArgumentException("a row of " + values.length + " values in a table of " + columns + " columns");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), values[i]);
            }
        }
        return this;
    }

    /** The rows written so far, the header not counted. */
    public int rows() {
        return next - 1;
    }

    /** How many rows are still in memory rather than in the temporary file: never more than {@value #ROWS_IN_MEMORY}. */
    int rowsInMemory() {
        return sheet.getLastRowNum() - sheet.getLastFlushedRowNum();
    }

    /** Writes the workbook to the stream (which stays open) and deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void writeHeader(List<Column> header) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i).header());
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, header.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void write(Cell cell, Object value) {
        switch (value) {
            case CharSequence text -> cell.setCellValue(text.toString());
            case BigDecimal decimal -> cell.setCellValue(decimal.doubleValue());
            case Integer number -> cell.setCellValue(number);
            case Long number -> cell.setCellValue(number);
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            case Boolean yes -> cell.setCellValue(yes ? "是" : "否");
            default -> throw new IllegalArgumentException("a cell cannot hold a " + value.getClass().getName());
        }
    }
}
