package cn.dalian.laborbrand.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.documents.XlsxTable.Column;

class XlsxTableTest {

    private static final List<Column> COLUMNS = List.of(new Column("序号", 6), new Column("品牌名称", 40), new Column("建设单位", 40),
            new Column("培训合格率（%）", 14), new Column("公示开始", 12), new Column("推荐市级", 10));

    @Test
    void tenThousandRowsAreWrittenWithAWindowOfRowsInMemoryAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = XlsxTable.open(out, "公示名单", COLUMNS)) {
            for (int i = 1; i <= 10_000; i++) {
                table.row(i, "大连甘井子金港焊工劳务品牌 " + i, "大连金港人力资源服务有限公司", new BigDecimal("85.5"), LocalDate.of(2022, 11, 24),
                        i % 2 == 0);
                assertThat(table.rowsInMemory()).isLessThanOrEqualTo(XlsxTable.ROWS_IN_MEMORY);
            }
            assertThat(table.rows()).isEqualTo(10_000);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("公示名单");
            assertThat(sheet.getLastRowNum()).isEqualTo(10_000);
            Row last = sheet.getRow(10_000);
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(10_000);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("大连甘井子金港焊工劳务品牌 10000");
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(85.5);
            assertThat(last.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 11, 24));
            assertThat(last.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("是");
        }
    }

    @Test
    void theHeaderRowIsBoldFrozenAndTheColumnsHaveTheirWidths() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = XlsxTable.open(out, "公示名单", COLUMNS)) {
            table.row(1, "大连甘井子金港焊工劳务品牌", null, null, null, false);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("品牌名称");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(sheet.getRow(1).getCell(2)).isNull();
            assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void aRowLongerThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> {
            try (XlsxTable table = XlsxTable.open(new ByteArrayOutputStream(), "名单", List.of(new Column("品牌名称", 40)))) {
                table.row("甲", "乙");
            }
        }).isInstanceOf(IllegalArgumentException.class);
    }
}
