package cn.dalian.laborbrand.subsidy.export;

import static cn.dalian.laborbrand.subsidy.export.ExportSamples.HAIWAN;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.JINGANG;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment.Status;

/**
 * The exports as a reader gets them: the rows of each sheet read back with POI, the text of each PDF with PDFBox. The PDFs
 * are kept in target/documents for a look.
 */
class ExportDocumentsTest {

    private static final Path KEPT = Path.of("target", "documents");

    private final ExportDocuments documents = new ExportDocuments();
    private final PaymentList list = PaymentList.of(ExportSamples.approvedBatch());
    private final DisbursementStatement statement = DisbursementStatement.of(2026, List.of(ExportSamples.approvedBatch()),
            List.of(payment(JINGANG, 1, Status.SUCCEEDED, "DLBK20261201000123", Instant.parse("2026-12-01T06:30:05Z")),
                    payment(HAIWAN, 1, Status.ACCEPTED, "DLBK20261201000124", null)),
            LocalDate.of(2026, 12, 2));

    @Test
    void thePaymentListSheetHasALinePerPayeeMaskedThenTheTotalInFiguresAndCapitalsAndTheBatchHeader() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        documents.paymentListXlsx(list, xlsx);

        List<List<String>> rows = rows(xlsx.toByteArray(), "支付清单");
        assertThat(rows.get(0)).containsExactly("序号", "单位名称", "品牌名称", "认定级别", "收款人户名", "开户银行", "收款账号", "金额（元）");
        assertThat(rows.get(1)).containsExactly("1.0", "大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌", "市级", "大连金港人力资源服务有限公司",
                "中国工商银行大连甘井子支行", "3400 **** **** 2345", "50000.0");
        assertThat(rows.get(2)).contains("省级", "2120 **** **** 6789", "100000.0");
        assertThat(rows.get(3)).containsExactly("合计", "150000.0");
        assertThat(rows.get(4)).containsExactly("大写", "人民币壹拾伍万元整");
        assertThat(rows).contains(List.of("大连市劳务品牌一次性奖补资金支付清单"), List.of("年度", "2026年度"), List.of("用途", "2026年度劳务品牌一次性奖补资金"),
                List.of("状态", "已审批"), List.of("制单", "finance-clerk　2026-11-30 10:15"), List.of("审批", "finance-approver　2026-11-30 15:40"));
        assertThat(String.join(",", rows.stream().flatMap(List::stream).toList())).doesNotContain("3400200109200012345");
    }

    @Test
    void thePaymentListPdfCarriesTheTitleTheHeaderTheLinesAndTheTotalInCapitals() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.paymentListPdf(list, pdf);

        String text = text(pdf.toByteArray(), "payment-list.pdf");
        // (user names are checked in the sheet: the font sets "fi" as a ligature, which PDF text extraction drops)
        assertThat(text).contains("大连市劳务品牌一次性奖补资金支付清单", "2026年度", "2026年度劳务品牌一次性奖补资金", "已审批", "制单人", "2026-11-30 10:15",
                "审批人", "2026-11-30 15:40", "大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400 **** **** 2345", "¥50,000.00", "省级",
                "¥150,000.00", "大写：人民币壹拾伍万元整", "经办人（签字）", "第 1 页 共 1 页");
        assertThat(text).doesNotContain("3400200109200012345");
    }

    @Test
    void theDisbursementSheetListsEachEntitlementWithItsStatusDayAndTransaction() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        documents.disbursementsXlsx(statement, xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheet("拨付明细");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("银行流水号");
            Row jingang = sheet.getRow(1);
            assertThat(jingang.getCell(1).getStringCellValue()).isEqualTo("大连金港人力资源服务有限公司");
            assertThat(jingang.getCell(4).getNumericCellValue()).isEqualTo(50_000.0);
            assertThat(jingang.getCell(6).getStringCellValue()).isEqualTo("已拨付");
            assertThat(jingang.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(jingang.getCell(8).getStringCellValue()).isEqualTo("DLBK20261201000123");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("支付中");
            assertThat(sheet.getRow(2).getCell(7)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(150_000.0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("已拨付");
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(50_000.0);
        }
    }

    @Test
    void theDisbursementPdfShowsWhatWasPaidAndWhen() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.disbursementsPdf(statement, pdf);

        String text = text(pdf.toByteArray(), "disbursement-statement.pdf");
        assertThat(text).contains("2026年度劳务品牌一次性奖补资金拨付明细表", "截至2026年12月2日", "大连金港人力资源服务有限公司", "已拨付", "2026-12-01",
                "DLBK20261201000123", "大连海湾职业培训学校", "支付中", "合计（2 笔）", "¥150,000.00", "其中已拨付 1 笔，¥50,000.00");
    }

    @Test
    void aYearWithoutBatchesIsAnEmptyStatementNotAnError() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.disbursementsPdf(DisbursementStatement.of(2027, List.of(), List.of(), LocalDate.of(2027, 1, 5)), pdf);

        assertThat(text(pdf.toByteArray(), "disbursement-statement-empty.pdf")).contains("2027年度劳务品牌一次性奖补资金拨付明细表", "该年度暂无支付批次",
                "合计（0 笔）", "¥0.00");
    }

    /** Every row's non-empty cells, as text. */
    private static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheet(sheetName)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(byte[] pdf, String keptAs) throws IOException {
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(keptAs), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell's text wraps where the column ends: read it as one run of text
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        }
    }
}
