package cn.dalian.laborbrand.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.evidence.EvidenceService;
import cn.dalian.laborbrand.application.evidence.Materials;
import cn.dalian.laborbrand.application.intake.ApplicationView;
import cn.dalian.laborbrand.application.intake.Drafts;
import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A unit imports its worker roster (CSV or XLSX, streamed): the rows the counting rules count, the refused ones listed
 * with their line and reason, the personal data encrypted at rest and masked in answers, read in full by staff only
 * with a reason that is recorded; files that are no roster, too big, empty or hostile are refused and change nothing.
 */
@PlatformIntegrationTest
class RosterIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceService evidence;

    @LocalServerPort
    int port;

    @Test
    void aCsvRosterIsCountedByTheRulesAndEveryRefusedRowIsListedWithItsLineAndReason() {
        // given 金港's draft, and the employer it lists for organised output
        UUID id = draft(TestUser.APPLICANT_A);
        http.put().uri("/api/applications/" + id + "/roster/employers").headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("employers", List.of("青岛海润物业管理有限公司"))).exchange()
                .expectStatus().isOk();

        // when it imports three Dalian workers, a manager, an unproven out-of-province worker, a wrong ID and a repeated row
        byte[] csv = Rosters.of().dalianWorkers(2022, 1, 3)
                .row("赵经理", Rosters.idNumber("210211", 90), Rosters.phone(90), "2022", "管理人员", "是", "是", "本单位", "是", "否", "", "")
                .row("刘洋", Rosters.idNumber("370102", 91), Rosters.phone(91), "2022", "务工人员", "是", "是", "青岛海润物业管理有限公司", "否", "是",
                        "青劳派 2022-031", "")
                .row("李秀英", "210211199003071238", Rosters.phone(92), "2022", "务工人员", "是", "是", "本单位", "是", "否", "", "")
                .row(Rosters.name(1), Rosters.idNumber("210211", 1), Rosters.phone(1), "2022", "务工人员", "是", "是", "本单位", "是", "否", "", "")
                .csv();
        JsonNode answer = importRoster(TestUser.APPLICANT_A, id, "金港花名册.csv", csv, 200);

        // then five rows are taken and counted by the rules, two refused with their lines
        assertThat(answer.at("/imported/rowsTaken").asInt()).isEqualTo(5);
        assertThat(answer.at("/imported/rowsRefused").asInt()).isEqualTo(2);
        assertThat(answer.at("/imported/fileFormat").asString()).isEqualTo("CSV");
        assertThat(answer.at("/imported/years/0").toString()).isEqualTo("""
                {"year":2022,"listed":5,"trainedCount":3,"passedCount":3,"employedCount":3,"speciallyTrainedEmployedCount":3,\
                "excludedManagement":1,"excludedOutsideDalian":0,"excludedUnprovenOutput":1}""");
        assertThat(answer.at("/refusals").toString()).contains("\"line\":7", "身份证号码校验位（第 18 位）不正确", "\"line\":8",
                "与第 2 行为同一人同一年度，重复列出");

        // and the personal data is encrypted at rest, masked in answers
        String stored = jdbc.sql("SELECT string_agg(encode(personal_enc, 'escape'), '') FROM roster_worker w "
                + "JOIN roster_import i ON i.id = w.roster_id WHERE i.application_id = :id").param("id", id).query(String.class).single();
        assertThat(stored).doesNotContain(Rosters.idNumber("210211", 1)).doesNotContain(Rosters.phone(1)).doesNotContain(Rosters.name(1));
        JsonNode workers = json(http.get().uri("/api/applications/" + id + "/roster/workers").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        String first = Rosters.idNumber("210211", 1);
        assertThat(workers.get(0).get("idNumber").asString()).isEqualTo("2102**********" + first.substring(14));
        assertThat(workers.get(0).get("phone").asString()).isEqualTo("139****0001");
        assertThat(workers.get(0).get("name").asString()).isEqualTo(Rosters.name(1).substring(0, 1) + "*".repeat(Rosters.name(1).length() - 1));
        assertThat(workers.toString()).doesNotContain(first);

        // and the refusal list downloads as a spreadsheet the unit corrects from
        byte[] refusals = http.get().uri("/api/applications/" + id + "/roster/refusals?format=xlsx").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode("花名册拒收清单.xlsx", StandardCharsets.UTF_8))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(sheetText(refusals)).contains("身份证号码校验位（第 18 位）不正确", "与第 2 行为同一人同一年度，重复列出");
    }

    @Test
    void staffReadAWorkersFullDataOnlyWithAReasonAndEveryReadIsRecorded() {
        UUID id = draft(TestUser.APPLICANT_A);
        importRoster(TestUser.APPLICANT_A, id, "花名册.csv", Rosters.of().dalianWorkers(2021, 10, 2).csv(), 200);

        JsonNode disclosed = json(http.post().uri("/api/applications/" + id + "/roster/workers/2/disclosure")
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "电话回访核实培训情况")).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody());

        assertThat(disclosed.get("idNumber").asString()).isEqualTo(Rosters.idNumber("210211", 10));
        assertThat(jdbc.sql("SELECT disclosed_to || '|' || role || '|' || reason FROM roster_disclosure WHERE application_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("reviewer-ganjingzi|DISTRICT_REVIEWER|电话回访核实培训情况");
        http.post().uri("/api/applications/" + id + "/roster/workers/2/disclosure").headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "核对")).exchange().expectStatus().isForbidden();
        http.post().uri("/api/applications/" + id + "/roster/workers/2/disclosure").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "核对")).exchange().expectStatus().isNotFound();
    }

    @Test
    void anXlsxRosterIsReadLikeACsvAndANewImportReplacesThePreviousRosterWhole() {
        UUID id = draft(TestUser.APPLICANT_A);
        importRoster(TestUser.APPLICANT_A, id, "第一版.csv", Rosters.of().dalianWorkers(2022, 100, 4).csv(), 200);

        JsonNode answer = importRoster(TestUser.APPLICANT_A, id, "第二版.xlsx", Rosters.of().dalianWorkers(2021, 200, 2).xlsx(), 200);

        assertThat(answer.at("/imported/fileFormat").asString()).isEqualTo("XLSX");
        assertThat(answer.at("/imported/rowsTaken").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM roster_worker w JOIN roster_import i ON i.id = w.roster_id WHERE i.application_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
        JsonNode roster = json(http.get().uri("/api/applications/" + id + "/roster").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        assertThat(roster.at("/current/fileLabel").asString()).isEqualTo("第二版.xlsx");
    }

    @Test
    void aCsvInGbkAsChineseExcelSavesItIsReadCorrectly() {
        UUID id = draft(TestUser.APPLICANT_A);
        byte[] gbk = new String(Rosters.of().dalianWorkers(2021, 700, 3).csv(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));

        JsonNode answer = importRoster(TestUser.APPLICANT_A, id, "花名册（GBK）.csv", gbk, 200);

        assertThat(answer.at("/imported/rowsTaken").asInt()).isEqualTo(3);
        JsonNode workers = json(http.get().uri("/api/applications/" + id + "/roster/workers").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        assertThat(workers.get(0).get("name").asString()).startsWith(Rosters.name(700).substring(0, 1));
    }

    @Test
    void anExecutableNamedLikeARosterIsRefusedForWhatItIs() {
        UUID id = draft(TestUser.APPLICANT_A);
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 }, 0, elf, 0, 7);

        JsonNode refusal = importRoster(TestUser.APPLICANT_A, id, "花名册.csv", elf, 415);

        assertThat(refusal.get("detail").asString()).contains("可执行程序");
        assertThat(jdbc.sql("SELECT count(*) FROM material_file WHERE application_id = :id").param("id", id).query(Integer.class).single()).isZero();
    }

    @Test
    void aSheetThatClaimsABillionRowsIsReadForTheRowsItHas() throws IOException {
        UUID id = draft(TestUser.APPLICANT_A);
        byte[] xlsx = rewriteSheet(Rosters.of().dalianWorkers(2022, 300, 1).xlsx(),
                sheet -> sheet.replaceFirst("<dimension ref=\"[A-Z0-9:]+\"/>", "<dimension ref=\"A1:L1000000000\"/>"));

        assertThat(importRoster(TestUser.APPLICANT_A, id, "花名册.xlsx", xlsx, 200).at("/imported/rowsTaken").asInt()).isEqualTo(1);
    }

    @Test
    void hostileOrEmptyFilesAreRefusedClearlyAndTheRosterStaysAsItWas() throws IOException {
        UUID id = draft(TestUser.APPLICANT_A);
        importRoster(TestUser.APPLICANT_A, id, "花名册.csv", Rosters.of().dalianWorkers(2022, 400, 3).csv(), 200);

        // a compression bomb: one sheet of 50 MB of spaces in a file of a few hundred kilobytes
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
        }
        assertThat(importRoster(TestUser.APPLICANT_A, id, "炸弹.xlsx", bomb.toByteArray(), 422).get("code").asString()).isEqualTo("ROSTER_UNREADABLE");
        assertThat(importRoster(TestUser.APPLICANT_A, id, "空.csv", new byte[0], 422).get("detail").asString()).contains("0 字节");
        assertThat(importRoster(TestUser.APPLICANT_A, id, "表头不对.csv", "姓名,电话\n王建国,139\n".getBytes(StandardCharsets.UTF_8), 422)
                .get("code").asString()).isEqualTo("ROSTER_COLUMNS_MISSING");
        byte[] allBad = Rosters.of().row("王建国", "210211199003071238", "13904118765", "2022", "务工人员", "是", "是", "本单位", "是", "否", "", "").csv();
        JsonNode nothingTaken = importRoster(TestUser.APPLICANT_A, id, "全错.csv", allBad, 422);
        assertThat(nothingTaken.get("code").asString()).isEqualTo("ROSTER_NO_VALID_ROW");
        assertThat(nothingTaken.at("/refusals/0/line").asInt()).isEqualTo(2);

        // a body over the limit sent without a length (chunked) is cut off
        HttpResponse<String> oversized = chunked(id, "王建国,210211199003071235\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        assertThat(oversized.statusCode()).isEqualTo(413);

        assertThat(jdbc.sql("SELECT file_label FROM roster_import WHERE application_id = :id AND current").param("id", id).query(String.class)
                .single()).isEqualTo("花名册.csv");
        assertThat(jdbc.sql("SELECT count(*) FROM roster_import WHERE application_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT label FROM material_file WHERE application_id = :id AND kind = 'ROSTER'").param("id", id).query(String.class)
                .list()).containsExactly("花名册.csv");
        assertThat(jdbc.sql("SELECT count(*) FROM roster_worker w JOIN roster_import i ON i.id = w.roster_id WHERE i.application_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void anotherUnitCannotImportIntoOrReadTheRosterOfAnApplicationNotItsOwn() {
        UUID id = draft(TestUser.APPLICANT_A);

        importRoster(TestUser.APPLICANT_B, id, "花名册.csv", Rosters.of().dalianWorkers(2022, 500, 1).csv(), 404);
        http.get().uri("/api/applications/" + id + "/roster").headers(Tokens.as(TestUser.APPLICANT_B)).exchange().expectStatus().isNotFound();
    }

    @Test
    void workersACertifiedBrandCountsAreFlaggedToTheReviewersOfANewApplicationWithCountsNeverIdentities() {
        // given 金港's roster of 5 workers, and its brand certified (BrandCertified through Kafka)
        UUID certified = draft(TestUser.APPLICANT_A);
        importRoster(TestUser.APPLICANT_A, certified, "金港花名册.csv", Rosters.of().dalianWorkers(2022, 600, 5).csv(), 200);
        KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, certified.toString(), SampleEvents.message(ReviewEvents.BRAND_CERTIFIED,
                new BrandCertified(UUID.randomUUID(), UUID.randomUUID(), certified, "2022", TestUser.APPLICANT_A.orgId(), "大连金港人力资源服务有限公司",
                        "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.DISTRICT, LocalDate.of(2022, 12, 20), "leading-group")));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM certified_application WHERE application_id = :id")
                .param("id", certified).query(Integer.class).single() == 1);

        // when 海湾 (金州区) imports a roster in which 2 of those workers appear again
        UUID newcomer = draft(TestUser.APPLICANT_B);
        importRoster(TestUser.APPLICANT_B, newcomer, "海湾花名册.csv", Rosters.of().dalianWorkers(2022, 603, 4).csv(), 200);

        // then the 金州 reviewer learns how many and which application, the unit how many only, and no answer names a worker
        JsonNode staff = json(http.get().uri("/api/applications/" + newcomer + "/roster/overlaps").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        assertThat(staff.get("sharedWorkers").asInt()).isEqualTo(2);
        assertThat(staff.at("/applications/0/applicationId").asString()).isEqualTo(certified.toString());
        assertThat(staff.at("/applications/0/certified").asBoolean()).isTrue();
        assertThat(staff.at("/applications/0/sharedWorkers").asInt()).isEqualTo(2);
        assertThat(staff.toString()).doesNotContain(Rosters.idNumber("210211", 603)).doesNotContain(Rosters.name(603));
        JsonNode unit = json(http.get().uri("/api/applications/" + newcomer + "/roster/overlaps").headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        assertThat(unit.get("sharedWorkers").asInt()).isEqualTo(2);
        assertThat(unit.get("applications")).isEmpty();
    }

    @Test
    void aSubmissionCarriesTheRosterCountsAndBothReviewersLearnOfTheWorkersTwoApplicationsShare() {
        // given 金港 (甘井子区) submits with six workers, and 海湾 (金州区) with six of which three are 金港's
        UUID jingang = draft(TestUser.APPLICANT_A);
        importRoster(TestUser.APPLICANT_A, jingang, "金港花名册.csv", Rosters.of().dalianWorkers(2022, 800, 6).csv(), 200);
        submit(TestUser.APPLICANT_A, jingang);
        UUID haiwan = draft(TestUser.APPLICANT_B, Drafts.DISTRICT_LEVEL.replace("甘井子金港家政服务师", "金州海湾焊工"));
        importRoster(TestUser.APPLICANT_B, haiwan, "海湾花名册.csv", Rosters.of().dalianWorkers(2022, 803, 6).csv(), 200);

        // when 海湾 submits
        submit(TestUser.APPLICANT_B, haiwan);

        // then ApplicationSubmitted carries its roster's counts and the three shared workers, and nothing personal
        var record = KafkaProbe.find(ApplicationEvents.SUBMITTED_TOPIC, r -> haiwan.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(record).isPresent();
        RosterSummary roster = new EventCodec().read(record.get().value(), ApplicationEvents.SUBMITTED).payload().roster();
        assertThat(roster.rows()).isEqualTo(6);
        assertThat(roster.sharedWorkers()).isEqualTo(3);
        assertThat(roster.year(2022).orElseThrow().trainedCount()).isEqualTo(6);
        assertThat(record.get().value()).doesNotContain(Rosters.idNumber("210211", 803)).doesNotContain(Rosters.phone(803));

        // and each district's reviewer sees the other application and the three workers it shares
        assertThat(overlapsSeenBy(TestUser.REVIEWER_GANJINGZI, jingang)).contains("\"applicationId\":\"" + haiwan + "\"", "\"sharedWorkers\":3");
        assertThat(overlapsSeenBy(TestUser.REVIEWER_JINZHOU, haiwan)).contains("\"applicationId\":\"" + jingang + "\"", "\"sharedWorkers\":3");
    }

    @Test
    void aFormulaInACellIsKeptAsTextAndExportedSoThatNoSpreadsheetRunsIt() {
        UUID id = draft(TestUser.APPLICANT_A);
        String formula = "=HYPERLINK(\"http://evil.example\",\"点击查看\")";
        byte[] csv = Rosters.of().dalianWorkers(2022, 900, 1)
                .row(formula, Rosters.idNumber("210211", 901), Rosters.phone(901), "2022", "务工人员", "是", "是", "本单位", "是", "否", "", "")
                .csv();

        importRoster(TestUser.APPLICANT_A, id, "花名册.csv", csv, 200);

        String refusals = new String(http.get().uri("/api/applications/" + id + "/roster/refusals?format=csv").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(refusals).contains("'=*").doesNotContain("\n=").doesNotContain(",=");
    }

    @Test
    void theTemplateDownloadsWithEveryColumn() {
        byte[] csv = http.get().uri("/api/roster/template?format=csv").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF" + String.join(",", RosterColumn.headers()));
    }

    private UUID draft(TestUser applicant) {
        return draft(applicant, Drafts.DISTRICT_LEVEL);
    }

    private UUID draft(TestUser applicant, String content) {
        return http.post().uri("/api/applications").headers(Tokens.as(applicant)).contentType(MediaType.APPLICATION_JSON).body(content).exchange()
                .expectStatus().isCreated().expectBody(ApplicationView.class).returnResult().getResponseBody().id();
    }

    private void submit(TestUser applicant, UUID id) {
        Materials.provideMandatory(http, evidence, applicant, id);
        http.post().uri("/api/applications/" + id + "/submit").headers(Tokens.as(applicant)).exchange().expectStatus().isOk();
    }

    private String overlapsSeenBy(TestUser reviewer, UUID id) {
        return http.get().uri("/api/applications/" + id + "/roster/overlaps").headers(Tokens.as(reviewer)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private JsonNode importRoster(TestUser applicant, UUID id, String name, byte[] file, int status) {
        return json(http.post().uri(uri -> uri.path("/api/applications/" + id + "/roster").queryParam("name", name).build())
                .headers(Tokens.as(applicant)).contentType(MediaType.APPLICATION_OCTET_STREAM).body(file).exchange()
                .expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody());
    }

    private HttpResponse<String> chunked(UUID id, byte[] body) {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/applications/" + id + "/roster"))
                    .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(JsonNode node) {
        return node;
    }

    private static String sheetText(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('|')));
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] rewriteSheet(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
            }
        }
        return out.toByteArray();
    }
}
