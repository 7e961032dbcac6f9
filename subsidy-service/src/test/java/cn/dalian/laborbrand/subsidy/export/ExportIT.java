package cn.dalian.laborbrand.subsidy.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.subsidy.FinanceTestDoubles;
import cn.dalian.laborbrand.subsidy.batch.FakePayeeAccounts;
import cn.dalian.laborbrand.subsidy.batch.PayeeAccount;
import cn.dalian.laborbrand.subsidy.reconciliation.FakePaymentLedger;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment;
import cn.dalian.laborbrand.subsidy.FinanceTables;

/**
 * The finance desk's downloads on a real PostgreSQL: a batch the clerk prepared and another person approved, as its payment
 * list, and the 2026 disbursement statement once the payment module ({@link FakePaymentLedger}) reports one payment paid.
 */
@PlatformIntegrationTest
@Import(FinanceTestDoubles.class)
class ExportIT {

    private static final String JINGANG = "912102440580649631";
    private static final String HAIWAN = "912102422418131093";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FakePayeeAccounts applicationService;

    @Autowired
    FakePaymentLedger ledger;

    private UUID jingangCity;
    private UUID haiwanProvincial;
    private String batchId;

    @BeforeEach
    void givenAnApprovedBatchOfTwoUnits() {
        cleanUp();
        applicationService.accounts.put(JINGANG, new PayeeAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109200012345"));
        applicationService.accounts.put(HAIWAN, new PayeeAccount("大连海湾职业培训学校", "中国建设银行大连金州支行", "21201500100052016789"));
        http.put().uri("/api/subsidies/budgets/2026").headers(Tokens.as(TestUser.FINANCE_APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("allocationFen", 20_000_000L, "reference", "大财社〔2026〕12号")).exchange().expectStatus().isOk();
        jingangCity = entitlement(JINGANG, "大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌", "CITY", 5_000_000);
        haiwanProvincial = entitlement(HAIWAN, "大连海湾职业培训学校", "大连金州海湾焊工劳务品牌", "PROVINCIAL", 10_000_000);
        http.post().uri("/api/subsidies/batches").headers(Tokens.as(TestUser.FINANCE_CLERK)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "entitlementIds", List.of(jingangCity, haiwanProvincial))).exchange().expectStatus().isCreated();
        batchId = jdbc.sql("SELECT CAST(id AS text) FROM payment_batch").query(String.class).single();
        http.post().uri("/api/subsidies/batches/" + batchId + "/approval").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isOk();
    }

    @AfterEach
    void cleanUp() {
        FinanceTables.clear(jdbc);
        applicationService.accounts.clear();
        ledger.payments.clear();
    }

    @Test
    void theBatchsPaymentListDownloadsAsASheetAndAPdfUnderItsChineseName() throws IOException {
        byte[] xlsx = download("/api/subsidies/batches/" + batchId + "/export.xlsx", TestUser.FINANCE_APPROVER, "支付清单-2026年度-");
        byte[] pdf = download("/api/subsidies/batches/" + batchId + "/export.pdf", TestUser.FINANCE_CLERK, "支付清单-2026年度-");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("支付清单");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("大连金港人力资源服务有限公司");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("市级");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("3400 **** **** 2345");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(50_000.0);
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(150_000.0);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("人民币壹拾伍万元整");
        }
        assertThat(text(pdf)).contains("大连市劳务品牌一次性奖补资金支付清单", "2026年度劳务品牌一次性奖补资金", "已审批", "大连海湾职业培训学校",
                "2120 **** **** 6789", "¥150,000.00", "大写：人民币壹拾伍万元整").doesNotContain("21201500100052016789");
    }

    @Test
    void theYearsDisbursementStatementShowsWhatThePaymentModuleReportsPaid() throws IOException {
        ledger.payments.add(new LedgerPayment(jingangCity + ":1", jingangCity, "大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌",
                Money.yuan(50_000), LedgerPayment.Status.SUCCEEDED, "DLBK20261201000123", Instant.parse("2026-12-01T06:30:05Z")));

        byte[] xlsx = download("/api/subsidies/reports/2026/disbursements.xlsx", TestUser.FINANCE_CLERK, "奖补资金拨付明细表-2026年度.xlsx");
        byte[] pdf = download("/api/subsidies/reports/2026/disbursements.pdf", TestUser.FINANCE_APPROVER, "奖补资金拨付明细表-2026年度.pdf");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("拨付明细");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("已拨付");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("DLBK20261201000123");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("大连海湾职业培训学校");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("待支付");
        }
        assertThat(text(pdf)).contains("2026年度劳务品牌一次性奖补资金拨付明细表", "已拨付", "2026-12-01", "DLBK20261201000123", "待支付",
                "其中已拨付 1 笔，¥50,000.00");
    }

    @Test
    void onlyFinanceStaffDownloadAndBadRequestsAreRefusedBeforeAnyByte() {
        http.get().uri("/api/subsidies/batches/" + batchId + "/export.pdf").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/subsidies/reports/2026/disbursements.xlsx").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/subsidies/batches/" + UUID.randomUUID() + "/export.xlsx").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/subsidies/reports/1999/disbursements.pdf").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The file, after checking it comes as an attachment under its Chinese name (RFC 5987) with an ASCII fallback, never cached. */
    private byte[] download(String uri, TestUser user, String fileName) {
        return http.get().uri(uri).headers(Tokens.as(user))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment; filename=\"")
                        .contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")))
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        }
    }

    private UUID entitlement(String orgId, String unitName, String brandName, String level, long amountFen) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, certification_level, amount_fen, status, created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, :brandName, :level, :amountFen, 'CREATED', :createdAt, 0)
                """)
                .param("id", id).param("brandId", UUID.randomUUID()).param("applicationId", UUID.randomUUID())
                .param("orgId", orgId).param("unitName", unitName).param("brandName", brandName).param("level", level).param("amountFen", amountFen)
                .param("createdAt", Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}
