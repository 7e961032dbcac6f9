package cn.dalian.laborbrand.review.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.campaign.CampaignTermsFixture;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.DecisionFixture;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

/**
 * Every export of a case walked to approval, through the service's API on the real database, read back as its reader
 * gets it: the PDFs' text, the sheets' rows, the package's entries. The case is inspected through the API before its
 * decision (InspectionFixture), so its folder holds the inspection record. application-service is not running (the
 * package then lists the materials as missing: the system test fetches them for real). The PDFs are kept in target/exports-it.
 */
@PlatformIntegrationTest
class ExportsIT {

    /** Monday 21 November 2022, 9:00 in Dalian. */
    private static final Instant NOV_21 = Instant.parse("2022-11-21T01:00:00Z");
    private static final String BRAND = "大连甘井子金港育婴师劳务品牌";
    private static final String CITY_BRAND = "大连金港育婴师劳务品牌";
    private static final String UNIT = "大连金港人力资源服务有限公司";
    private static final Path KEPT = Path.of("target", "exports-it");

    @Autowired
    CaseworkService casework;

    @Autowired
    PrecheckService prechecks;

    @Autowired
    CampaignTermsService campaigns;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void aCaseOf2022AtApproval() {
        PlatformTestInfrastructure.clock().setTo(NOV_21);
        CampaignTermsFixture.campaign2022Published(campaigns);
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void theNoticeListTheApprovalListAndTheCityPackageOfACaseAtApprovalReadBack() throws IOException {
        // given a case of 大连金港人力资源服务有限公司 (甘井子区) for both levels, inspected, selected, recommended, noticed, forwarded
        // and re-reviewed
        UUID caseId = walkedToApproval();

        // when the district bureau exports its notice list
        byte[] noticeXlsx = download("/api/reviews/exports/notice-list.xlsx?campaign=2022", TestUser.REVIEWER_GANJINGZI,
                "公示名单-2022-210211.xlsx");
        byte[] noticePdf = download("/api/reviews/exports/notice-list.pdf?campaign=2022", TestUser.REVIEWER_GANJINGZI,
                "公示名单-2022-210211.pdf");

        // then the sheet has the brand with its unit, levels and notice period, and so has the printable list
        List<String> noticeRow = rowOf(noticeXlsx, "公示名单", BRAND);
        assertThat(noticeRow).contains(UNIT, CITY_BRAND, "区级，推荐市级", "待核准认定");
        assertThat(text(noticePdf, "notice-list.pdf")).contains("2022年度劳务品牌公示名单", BRAND, UNIT, "2022-11-21", "2022-11-25",
                "第 1 页 共");

        // when the leading group office exports its approval list
        byte[] approvalXlsx = download("/api/reviews/exports/approval-list.xlsx?campaign=2022", TestUser.LEADING_GROUP,
                "核准认定名单-2022-全市.xlsx");
        byte[] approvalPdf = download("/api/reviews/exports/approval-list.pdf?campaign=2022", TestUser.LEADING_GROUP,
                "核准认定名单-2022-全市.pdf");

        // then the case waits there with the district's recommendation and the city's re-review
        assertThat(rowOf(approvalXlsx, "核准认定名单", BRAND)).contains(UNIT, "区级、市级",
                "区级入选，推荐市级。材料齐全，实地查验属实，推荐申报市级。", "待核准认定")
                .anySatisfy(cell -> assertThat(cell).startsWith("市级复审通过。复审通过，同意报请核准。"));
        assertThat(text(approvalPdf, "approval-list.pdf")).contains("2022年度劳务品牌核准认定名单", BRAND, UNIT, "待核准认定");

        // when the district bureau exports its package for the city
        byte[] zip = download("/api/reviews/exports/city-package?campaign=2022", TestUser.REVIEWER_GANJINGZI,
                "报送市级材料包-2022-210211.zip");

        // then the case's folder holds Attachment 1, the district's opinion and the inspection record, and lists the
        // materials it could not fetch
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsKeys(BRAND + "/附件1 劳务品牌申报表.pdf", BRAND + "/区级审核意见.pdf", BRAND + "/实地查验记录.pdf",
                BRAND + "/缺失材料清单.txt");
        assertThat(text(entries.get(BRAND + "/附件1 劳务品牌申报表.pdf"), "city-package-application-form.pdf")).contains("大连市劳务品牌申报认定表",
                UNIT, BRAND, "912102440580649631", "大连市甘井子区中华西路18号", "1120 人", "86.5%", "金港育婴师品牌创建于2016年");
        assertThat(text(entries.get(BRAND + "/区级审核意见.pdf"), "city-package-district-opinion.pdf")).contains("区级审核意见", BRAND, UNIT,
                "区级入选，推荐市级", "2022-11-21 至 2022-11-25", "公示期满，报送市级", "市级复审通过", "reviewer-ganjingzi");
        assertThat(text(entries.get(BRAND + "/实地查验记录.pdf"), "city-package-inspection-record.pdf")).contains("实地查验记录", BRAND, UNIT,
                "王立新、刘佳", "核实属实", "查验属实", "经实地查验，申报材料与实际情况一致，查验属实。", "reviewer-ganjingzi");
        // (refused at once, or by the circuit breaker once the earlier calls failed)
        assertThat(new String(entries.get(BRAND + "/缺失材料清单.txt"), StandardCharsets.UTF_8))
                .containsPattern("全部申报材料：(无法连接申报服务|申报服务暂时不可用)")
                .doesNotContain("实地查验记录");
        assertThat(caseId).isNotNull();
    }

    @Test
    void aDistrictBureauAskingForAnotherDistrictsListIsRefused() {
        http.get().uri("/api/reviews/exports/notice-list.xlsx?campaign=2022&district=210213").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("OTHER_DISTRICT");
    }

    @Test
    void cityStaffNameTheDistrictWhosePackageTheyWant() {
        http.get().uri("/api/reviews/exports/city-package?campaign=2022").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("DISTRICT_REQUIRED");
    }

    @Test
    void aDistrictWithNothingToHandOnGetsAProblemNotAnEmptyZip() {
        http.get().uri("/api/reviews/exports/city-package?campaign=2022&district=210224").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOTHING_TO_PACKAGE");
    }

    @Test
    void theApprovalListIsTheCitysAndAnExportNamesItsCampaign() {
        http.get().uri("/api/reviews/exports/approval-list.pdf?campaign=2022").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/reviews/exports/notice-list.pdf").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("campaign");
    }

    private UUID walkedToApproval() {
        ApplicationSubmitted sample = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        ApplicationSubmitted submitted = new ApplicationSubmitted(sample.applicationId(), "2022", sample.orgId(), UNIT, "210211", BRAND,
                UnitType.HR_SERVICE_AGENCY, sample.requestedLevels(), sample.declaredYears(), sample.labourPractice(), "applicant-a",
                NOV_21.minus(Duration.ofDays(3)), CITY_BRAND,
                "金港育婴师品牌创建于2016年，面向甘井子区农村转移劳动力开展育婴员培训，2021、2022年累计培训2400人。",
                new ApplicationSubmitted.UnitParticulars("大连市甘井子区中华西路18号", "王丽", "0411-86523456"), null);
        UUID caseId = casework.open(submitted).orElseThrow().id();
        DecisionFixture.readyToDecide(prechecks, http, submitted, caseId, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                TestUser.REVIEWER_GANJINGZI);
        post(caseId, "district-decision", TestUser.REVIEWER_GANJINGZI, """
                {"districtLevelSelected": true, "cityRecommended": true, "comment": "材料齐全，实地查验属实，推荐申报市级。"}
                """);
        post(caseId, "publicity", TestUser.REVIEWER_GANJINGZI, "{}");
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(14));
        http.post().uri("/api/reviews/publicity/closing").headers(Tokens.as(TestUser.OPERATOR)).exchange().expectStatus().isOk();
        post(caseId, "city-review", TestUser.CITY_REVIEWER, """
                {"approved": true, "comment": "复审通过，同意报请核准。"}
                """);
        return caseId;
    }

    private void post(UUID caseId, String action, TestUser user, String body) {
        http.post().uri("/api/reviews/cases/" + caseId + "/" + action).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isOk();
    }

    /** The file, after checking it comes as an attachment under its Chinese name (RFC 5987) with an ASCII fallback. */
    private byte[] download(String uri, TestUser user, String fileName) {
        return http.get().uri(uri).headers(Tokens.as(user))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment; filename=\"")
                        .contains("filename*=UTF-8''" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")))
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private static List<String> rowOf(byte[] xlsx, String sheetName, String brand) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(sheetName);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                if (cells.contains(brand)) {
                    return cells;
                }
            }
        }
        throw new AssertionError(brand + " is not in " + sheetName);
    }

    private static String text(byte[] pdf, String keptAs) throws IOException {
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(keptAs), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell's text wraps where the column ends: read it as one run of text
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
