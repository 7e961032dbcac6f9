package cn.dalian.laborbrand.subsidy.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.test.ListPages;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.subsidy.FinanceTestDoubles;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment.Status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank's statement of 1 December 2026 imported on the 2nd against the platform's payments ({@link FakePaymentLedger}
 * standing in for the payment module), on a real PostgreSQL: the results kept, the same file twice changing nothing, a
 * corrected statement replacing the day's import (one current import per day, even when two arrive at once), a malformed
 * file writing nothing.
 */
@PlatformIntegrationTest
@Import(FinanceTestDoubles.class)
class ReconciliationIT {

    private static final String HEADER = StatementFormatTest.HEADER;
    private static final UUID JINGANG = UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3");
    private static final UUID HAIWAN = UUID.fromString("5b1f0c1e-2d3a-4f5b-9c6d-7e8f90a1b2c3");
    private static final UUID LVSHUN = UUID.fromString("0c6a2f7e-1b2d-4e3f-8a9b-0c1d2e3f4a5b");
    private static final UUID JINZHOU = UUID.fromString("6e7f8091-a2b3-4c4d-8e5f-60718293a4b5");

    /** 大连金港 ¥50,000: on the statement as the platform sent it. */
    private static final String JINGANG_LINE = StatementFormatTest.JINGANG;
    /** 大连旅顺 ¥50,000: the bank paid ¥5,000. */
    private static final String LVSHUN_LINE = "2026-12-01,10:12:00,DLBK20261201000101," + LVSHUN + ":1,大连旅顺口区蓝湾职业技能培训学校,"
            + "6222020300001234567,中国农业银行大连旅顺支行,5000.00,成功,2026年度劳务品牌一次性奖补资金";
    /** 大连金州 ¥100,000: the platform has not heard it succeeded. */
    private static final String JINZHOU_LINE = "2026-12-01,11:40:30,DLBK20261201000102," + JINZHOU + ":1,大连金州新区远航海员培训中心,"
            + "21201500100052019999,中国建设银行大连金州支行,100000.00,成功,2026年度劳务品牌一次性奖补资金";
    /** 大连海湾 ¥100,000 as the bank paid it, on the statement. */
    private static final String HAIWAN_LINE = "2026-12-01,15:02:40,DLBK20261201000124," + HAIWAN + ":1,大连海湾职业培训学校,"
            + "0200000119000000088,中国工商银行大连沙河口支行,100000.00,成功,2026年度劳务品牌一次性奖补资金";
    /** A reference the platform never sent. */
    private static final String STRANGER_LINE = "2026-12-01,16:05:00,DLBK20261201000130,7f3e9a10-0000-4000-8000-000000000000:1,大连某某商贸有限公司,"
            + "6217000000000000001,中国银行大连分行,8000.00,成功,货款";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FakePaymentLedger ledger;

    @BeforeEach
    void givenThePlatformsPaymentsOfTheFirstOfDecember() {
        cleanUp();
        PlatformTestInfrastructure.clock().setTo(Instant.parse("2026-12-02T02:00:00Z"));
        ledger.payments.addAll(List.of(
                payment(JINGANG, "大连金港人力资源服务有限公司", 50_000, Status.SUCCEEDED, "DLBK20261201000123", "2026-12-01T06:30:06Z"),
                // the statement lacks it
                payment(HAIWAN, "大连海湾职业培训学校", 100_000, Status.SUCCEEDED, "DLBK20261201000124", "2026-12-01T07:02:42Z"),
                payment(LVSHUN, "大连旅顺口区蓝湾职业技能培训学校", 50_000, Status.SUCCEEDED, "DLBK20261201000101", "2026-12-01T02:12:01Z"),
                payment(JINZHOU, "大连金州新区远航海员培训中心", 100_000, Status.ACCEPTED, "DLBK20261201000102", null)));
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM statement_entry").update();
        jdbc.sql("DELETE FROM statement_import").update();
        ledger.payments.clear();
        ledger.meeting = null;
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aStatementIsMatchedLineByLineAndTheResultKeptMismatchesFirst() {
        upload(TestUser.FINANCE_CLERK, "对账单-20261201.csv", null, file(HEADER, JINGANG_LINE, LVSHUN_LINE, JINZHOU_LINE, STRANGER_LINE))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.duplicate").isEqualTo(false)
                .jsonPath("$.statement.statementDate").isEqualTo("2026-12-01")
                .jsonPath("$.statement.fileName").isEqualTo("对账单-20261201.csv")
                .jsonPath("$.statement.importedBy").isEqualTo("finance-clerk")
                .jsonPath("$.statement.lineCount").isEqualTo(4)
                .jsonPath("$.statement.totalText").isEqualTo("¥163,000.00")
                .jsonPath("$.statement.matchedCount").isEqualTo(1)
                .jsonPath("$.statement.mismatchCount").isEqualTo(4)
                .jsonPath("$.statement.entries.length()").isEqualTo(5)
                .jsonPath("$.statement.entries[0].matchStatus").isEqualTo("AMOUNT_DIFFERS")
                .jsonPath("$.statement.entries[0].matchStatusLabel").isEqualTo("金额不符")
                .jsonPath("$.statement.entries[0].lineNumber").isEqualTo(3)
                .jsonPath("$.statement.entries[0].amountText").isEqualTo("¥5,000.00")
                .jsonPath("$.statement.entries[0].platformAmountText").isEqualTo("¥50,000.00")
                .jsonPath("$.statement.entries[0].payeeAccountNumber").isEqualTo("6222 **** **** 4567")
                .jsonPath("$.statement.entries[1].matchStatus").isEqualTo("NOT_IN_PLATFORM")
                .jsonPath("$.statement.entries[1].lineNumber").isEqualTo(5)
                .jsonPath("$.statement.entries[1].entitlementId").isEmpty()
                .jsonPath("$.statement.entries[2].matchStatus").isEqualTo("MISSING_FROM_STATEMENT")
                .jsonPath("$.statement.entries[2].matchStatusLabel").isEqualTo("平台已到账、对账单无")
                .jsonPath("$.statement.entries[2].lineNumber").isEmpty()
                .jsonPath("$.statement.entries[2].unitName").isEqualTo("大连海湾职业培训学校")
                .jsonPath("$.statement.entries[2].platformTransactionId").isEqualTo("DLBK20261201000124")
                .jsonPath("$.statement.entries[3].matchStatus").isEqualTo("NOT_CONFIRMED_IN_PLATFORM")
                .jsonPath("$.statement.entries[3].platformStatusLabel").isEqualTo("银行已受理")
                .jsonPath("$.statement.entries[4].matchStatus").isEqualTo("MATCHED")
                .jsonPath("$.statement.entries[4].entitlementId").isEqualTo(JINGANG.toString())
                .jsonPath("$.statement.entries[4].transactionTime").isEqualTo("14:30:05");

        // kept: the account numbers encrypted at rest, the results as answered
        assertThat(jdbc.sql("SELECT count(*) FROM statement_entry").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT payee_account_number FROM statement_entry WHERE line_number = 2").query(String.class).single())
                .doesNotContain("3400200109100012345");
        String id = jdbc.sql("SELECT CAST(id AS text) FROM statement_import").query(String.class).single();
        http.get().uri("/api/subsidies/statements/" + id).headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[0].matchStatus").isEqualTo("AMOUNT_DIFFERS")
                .jsonPath("$.entries[4].payeeAccountNumber").isEqualTo("3400 **** **** 2345")
                .jsonPath("$.entries[4].matchStatusLabel").isEqualTo("已对平");
        http.get().uri("/api/subsidies/statements").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].statementDate").isEqualTo("2026-12-01")
                .jsonPath("$.items[0].totalFen").isEqualTo(16_300_000)
                .jsonPath("$.items[0].mismatchCount").isEqualTo(4);
    }

    @Test
    void theSameFileImportedAgainChangesNothing() {
        byte[] statement = file(HEADER, JINGANG_LINE, LVSHUN_LINE);
        String id = importedId(upload(TestUser.FINANCE_CLERK, "对账单.csv", null, statement).expectStatus().isCreated());
        ledger.payments.clear(); // were it matched again, everything would differ

        upload(TestUser.FINANCE_APPROVER, "对账单(1).csv", null, statement)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.duplicate").isEqualTo(true)
                .jsonPath("$.replaced").isEmpty()
                .jsonPath("$.statement.id").isEqualTo(id)
                .jsonPath("$.statement.importedBy").isEqualTo("finance-clerk")
                .jsonPath("$.statement.fileName").isEqualTo("对账单.csv")
                .jsonPath("$.statement.matchedCount").isEqualTo(1)
                .jsonPath("$.statement.status").isEqualTo("CURRENT")
                .jsonPath("$.statement.statusLabel").isEqualTo("有效")
                .jsonPath("$.statement.currentImportId").isEqualTo(id);

        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM statement_entry").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aCorrectedStatementReplacesTheDaysImportWithResultsOfItsOwnAndTheEarlierOneStaysAsHistory() {
        // imported during the day: 大连旅顺 paid short, 大连金州 not yet confirmed, 大连海湾 on it
        String earlier = importedId(upload(TestUser.FINANCE_CLERK, "对账单-20261201-日间.csv", null,
                file(HEADER, JINGANG_LINE, LVSHUN_LINE, JINZHOU_LINE, HAIWAN_LINE)).expectStatus().isCreated());
        // meanwhile the platform heard 大连金州 succeed (on the 2nd, so not among the 1st's payments)
        ledger.payments.removeIf(payment -> payment.entitlementId().equals(JINZHOU));
        ledger.payments.add(payment(JINZHOU, "大连金州新区远航海员培训中心", 100_000, Status.SUCCEEDED, "DLBK20261201000102", "2026-12-02T01:00:00Z"));
        PlatformTestInfrastructure.clock().setTo(Instant.parse("2026-12-03T01:30:00Z"));

        // the bank's corrected statement: 大连旅顺 at its full amount, 大连海湾 no longer listed
        String corrected = importedId(upload(TestUser.FINANCE_APPROVER, "对账单-20261201-更正.csv", null,
                file(HEADER, JINGANG_LINE, LVSHUN_LINE.replace(",5000.00,", ",50000.00,"), JINZHOU_LINE))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.duplicate").isEqualTo(false)
                .jsonPath("$.replaced.id").isEqualTo(earlier)
                .jsonPath("$.replaced.fileName").isEqualTo("对账单-20261201-日间.csv")
                .jsonPath("$.replaced.importedBy").isEqualTo("finance-clerk")
                .jsonPath("$.replaced.importedAt").value(at -> assertThat((String) at).startsWith("2026-12-02T02:00:00"))
                .jsonPath("$.statement.statementDate").isEqualTo("2026-12-01")
                .jsonPath("$.statement.status").isEqualTo("CURRENT")
                .jsonPath("$.statement.supersededBy").isEmpty()
                // reconciled anew against the payments as they stand: the superseded statement's 大连海湾 line counts no more
                .jsonPath("$.statement.matchedCount").isEqualTo(3)
                .jsonPath("$.statement.mismatchCount").isEqualTo(1)
                .jsonPath("$.statement.entries[0].matchStatus").isEqualTo("MISSING_FROM_STATEMENT")
                .jsonPath("$.statement.entries[0].unitName").isEqualTo("大连海湾职业培训学校"));

        // the earlier import stays, whole, marked as superseded by the correction
        http.get().uri("/api/subsidies/statements/" + earlier).headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.statusLabel").isEqualTo("已被更正")
                .jsonPath("$.supersededBy").isEqualTo(corrected)
                .jsonPath("$.supersededAt").value(at -> assertThat((String) at).startsWith("2026-12-03T01:30:00"))
                .jsonPath("$.currentImportId").isEqualTo(corrected)
                .jsonPath("$.fileName").isEqualTo("对账单-20261201-日间.csv")
                .jsonPath("$.mismatchCount").isEqualTo(2)
                .jsonPath("$.entries.length()").isEqualTo(4)
                .jsonPath("$.entries[0].matchStatus").isEqualTo("AMOUNT_DIFFERS")
                .jsonPath("$.entries[1].matchStatus").isEqualTo("NOT_CONFIRMED_IN_PLATFORM");
        http.get().uri("/api/subsidies/statements").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(corrected)
                .jsonPath("$.items[0].statusLabel").isEqualTo("有效")
                .jsonPath("$.items[1].id").isEqualTo(earlier)
                .jsonPath("$.items[1].statusLabel").isEqualTo("已被更正")
                .jsonPath("$.items[1].supersededBy").isEqualTo(corrected);
        http.get().uri("/api/subsidies/statements?current=true").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(corrected);
        assertThat(currentImportsOfTheFirst()).containsExactly(corrected);
    }

    @Test
    void theSameFileAsASupersededImportChangesNothingAndAnswersThatImportAsReplaced() {
        byte[] duringTheDay = file(HEADER, JINGANG_LINE);
        String earlier = importedId(upload(TestUser.FINANCE_CLERK, "对账单-20261201-日间.csv", null, duringTheDay).expectStatus().isCreated());
        String corrected = importedId(upload(TestUser.FINANCE_CLERK, "对账单-20261201.csv", null, file(HEADER, JINGANG_LINE, LVSHUN_LINE))
                .expectStatus().isCreated());

        upload(TestUser.FINANCE_APPROVER, "对账单-20261201-日间(1).csv", null, duringTheDay)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.duplicate").isEqualTo(true)
                .jsonPath("$.replaced").isEmpty()
                .jsonPath("$.statement.id").isEqualTo(earlier)
                .jsonPath("$.statement.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.statement.statusLabel").isEqualTo("已被更正")
                .jsonPath("$.statement.supersededBy").isEqualTo(corrected)
                .jsonPath("$.statement.currentImportId").isEqualTo(corrected);

        // the correction still stands, nothing was written
        assertThat(currentImportsOfTheFirst()).containsExactly(corrected);
        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM statement_entry").query(Long.class).single()).isEqualTo(3 + 3);
    }

    @Test
    void aPaymentConfirmedJustAfterMidnightIsOnTheDayBeforeOnlyWhileItsCurrentStatementListsIt() {
        // the platform heard of 大连甘井子 at 00:00:04 on the 2nd; the bank booked it at 23:59:58 on the 1st
        UUID ganjingzi = UUID.fromString("2f1e3d4c-5b6a-4978-8a1b-2c3d4e5f6a7b");
        ledger.payments.add(payment(ganjingzi, "大连甘井子区巧手家政服务有限公司", 50_000, Status.SUCCEEDED, "DLBK20261201000199", "2026-12-01T16:00:04Z"));
        String ganjingziLine = "2026-12-01,23:59:58,DLBK20261201000199," + ganjingzi + ":1,大连甘井子区巧手家政服务有限公司,"
                + "6228480000000000019,中国农业银行大连甘井子支行,50000.00,成功,2026年度劳务品牌一次性奖补资金";
        PlatformTestInfrastructure.clock().setTo(Instant.parse("2026-12-03T02:00:00Z"));
        upload(TestUser.FINANCE_CLERK, "对账单-20261201.csv", null, file(HEADER, JINGANG_LINE, HAIWAN_LINE, LVSHUN_LINE, ganjingziLine))
                .expectStatus().isCreated();

        upload(TestUser.FINANCE_CLERK, "对账单-20261202.csv", "2026-12-02", file(HEADER))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.statement.entries.length()").isEqualTo(0);

        // the 1st's statement corrected without it: now only the superseded one lists it, and the 2nd's correction misses it
        upload(TestUser.FINANCE_CLERK, "对账单-20261201-更正.csv", null, file(HEADER, JINGANG_LINE, HAIWAN_LINE, LVSHUN_LINE))
                .expectStatus().isCreated();
        upload(TestUser.FINANCE_CLERK, "对账单-20261202-更正.csv", "2026-12-02", file(HEADER, STRANGER_LINE.replace("2026-12-01,", "2026-12-02,")))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.statement.entries[1].matchStatus").isEqualTo("MISSING_FROM_STATEMENT")
                .jsonPath("$.statement.entries[1].unitName").isEqualTo("大连甘井子区巧手家政服务有限公司");
    }

    @Test
    void twoDifferentFilesOfOneDayImportedAtOnceLeaveExactlyOneCurrentImport() throws Exception {
        // the day not imported yet: both find it free
        List<RestTestClient.ResponseSpec> first = atOnce(file(HEADER, JINGANG_LINE), file(HEADER, JINGANG_LINE, LVSHUN_LINE));
        String winner = raceWonByOne(first);
        assertThat(currentImportsOfTheFirst()).containsExactly(winner);
        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isEqualTo(1);

        // the day imported: both would replace the same import
        List<RestTestClient.ResponseSpec> second = atOnce(file(HEADER, JINGANG_LINE, JINZHOU_LINE), file(HEADER, JINGANG_LINE, STRANGER_LINE));
        String correction = raceWonByOne(second);
        assertThat(currentImportsOfTheFirst()).containsExactly(correction);
        assertThat(jdbc.sql("SELECT CAST(superseded_by AS text) FROM statement_import WHERE id = CAST(:id AS uuid)").param("id", winner)
                .query(String.class).single()).isEqualTo(correction);
        // nothing of the losers: two imports and their entries only
        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(DISTINCT import_id) FROM statement_entry").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aMalformedStatementIsRefusedWithItsLinesAndNothingIsWritten() {
        upload(TestUser.FINANCE_CLERK, "对账单.csv", null, file(HEADER, JINGANG_LINE, LVSHUN_LINE.replace(",5000.00,", ",5000,"),
                JINZHOU_LINE.replace(",成功,", ",处理中,")))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("STATEMENT_MALFORMED")
                .jsonPath("$.errorCount").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].message").isEqualTo("金额「5000」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。")
                .jsonPath("$.errors[1].line").isEqualTo(4);

        upload(TestUser.FINANCE_CLERK, "对账单.csv", null, new byte[0])
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("STATEMENT_EMPTY");
        upload(TestUser.FINANCE_CLERK, "对账单.csv", null, new byte[StatementFormat.MAX_BYTES + 10])
                .expectStatus().isEqualTo(413).expectBody().jsonPath("$.code").isEqualTo("STATEMENT_TOO_LARGE");
        upload(TestUser.FINANCE_CLERK, "对账单.csv", null, file(HEADER))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("STATEMENT_DATE_REQUIRED");
        upload(TestUser.FINANCE_CLERK, "对账单.csv", "2026-12-03", file(HEADER))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("STATEMENT_DATE_IN_FUTURE");
        http.post().uri("/api/subsidies/statements").headers(Tokens.as(TestUser.FINANCE_CLERK))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=statement"))
                .body("--statement\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + HEADER + "\r\n--statement--\r\n")
                .exchange()
                .expectStatus().isEqualTo(415);

        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM statement_entry").query(Long.class).single()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayWithoutPaymentsOnTheStatementStillShowsWhatThePlatformSawPaid() {
        upload(TestUser.FINANCE_APPROVER, "对账单-20261201.csv", "2026-12-01", file(HEADER))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.statement.lineCount").isEqualTo(0)
                .jsonPath("$.statement.totalText").isEqualTo("¥0.00")
                .jsonPath("$.statement.mismatchCount").isEqualTo(3)
                .jsonPath("$.statement.entries[*].matchStatus").value(statuses -> assertThat((List<Object>) statuses).containsOnly("MISSING_FROM_STATEMENT"))
                .jsonPath("$.statement.entries[*].unitName").value(units -> assertThat((List<Object>) units)
                        .containsExactly("大连旅顺口区蓝湾职业技能培训学校", "大连金港人力资源服务有限公司", "大连海湾职业培训学校"));
    }

    @Test
    void theImportsArePagedTheLatestDayFirstAndWithinADayTheCurrentImportFirst() {
        upload(TestUser.FINANCE_CLERK, "a.csv", "2026-11-29", file(HEADER)).expectStatus().isCreated();
        upload(TestUser.FINANCE_CLERK, "b.csv", null, file(HEADER, JINGANG_LINE)).expectStatus().isCreated();
        upload(TestUser.FINANCE_CLERK, "c.csv", null, file(HEADER, JINGANG_LINE, LVSHUN_LINE)).expectStatus().isCreated();

        assertThat(ListPages.field(ListPages.walk(http, "/api/subsidies/statements?limit=1", TestUser.FINANCE_CLERK), "fileName"))
                .containsExactly("c.csv", "b.csv", "a.csv");
        assertThat(ListPages.field(ListPages.walk(http, "/api/subsidies/statements?limit=1&current=true", TestUser.FINANCE_CLERK), "fileName"))
                .containsExactly("c.csv", "a.csv");
    }

    @Test
    void theDatabaseKeepsOneCurrentImportPerDayAndReplacesAnImportOnlyWithOneOfItsDay() {
        upload(TestUser.FINANCE_CLERK, "a.csv", "2026-11-29", file(HEADER)).expectStatus().isCreated();
        upload(TestUser.FINANCE_CLERK, "b.csv", null, file(HEADER, JINGANG_LINE)).expectStatus().isCreated();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO statement_import (id, statement_date, file_sha256, file_name, imported_by, imported_at, line_count, total_fen,
                                              matched_count, mismatch_count)
                SELECT gen_random_uuid(), statement_date, repeat('0', 64), 'x.csv', imported_by, imported_at, 0, 0, 0, 0
                FROM statement_import WHERE file_name = 'b.csv'
                """).update()).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE statement_import SET superseded_by = (SELECT id FROM statement_import WHERE file_name = 'a.csv'), superseded_at = now()
                WHERE file_name = 'b.csv'
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void onlyFinanceStaffReconcile() {
        byte[] statement = file(HEADER, JINGANG_LINE);
        upload(TestUser.APPLICANT_A, "对账单.csv", null, statement).expectStatus().isForbidden();
        upload(TestUser.CITY_REVIEWER, "对账单.csv", null, statement).expectStatus().isForbidden();
        http.get().uri("/api/subsidies/statements").headers(Tokens.as(TestUser.LEADING_GROUP)).exchange().expectStatus().isForbidden();
        http.get().uri("/api/subsidies/statements/" + UUID.randomUUID()).headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isNotFound();
        assertThat(jdbc.sql("SELECT count(*) FROM statement_import").query(Long.class).single()).isZero();
    }

    /** Two files of the 1st imported by two people at once, each request's answer in order. */
    private List<RestTestClient.ResponseSpec> atOnce(byte[] clerks, byte[] approvers) throws Exception {
        ledger.meeting = new CyclicBarrier(2);
        try (ExecutorService people = Executors.newFixedThreadPool(2)) {
            Future<RestTestClient.ResponseSpec> clerk = people.submit(() -> upload(TestUser.FINANCE_CLERK, "对账单-甲.csv", null, clerks));
            Future<RestTestClient.ResponseSpec> approver = people.submit(() -> upload(TestUser.FINANCE_APPROVER, "对账单-乙.csv", null, approvers));
            return List.of(clerk.get(60, TimeUnit.SECONDS), approver.get(60, TimeUnit.SECONDS));
        } finally {
            ledger.meeting = null;
        }
    }

    /** The id of the one import that was saved; the other was refused, pointing at it. */
    private String raceWonByOne(List<RestTestClient.ResponseSpec> answers) {
        List<EntityExchangeResult<byte[]>> results = answers.stream().map(answer -> answer.expectBody().returnResult()).toList();
        assertThat(results).extracting(result -> result.getStatus().value()).containsExactlyInAnyOrder(201, 409);
        EntityExchangeResult<byte[]> won = results.stream().filter(result -> result.getStatus().value() == 201).findFirst().orElseThrow();
        EntityExchangeResult<byte[]> lost = results.stream().filter(result -> result.getStatus().value() == 409).findFirst().orElseThrow();
        String id = JSON.readTree(won.getResponseBodyContent()).get("statement").get("id").asString();
        JsonNode refusal = JSON.readTree(lost.getResponseBodyContent());
        assertThat(refusal.get("code").asString()).isEqualTo("STATEMENT_DATE_ALREADY_IMPORTED");
        assertThat(refusal.get("importId").asString()).isEqualTo(id);
        assertThat(refusal.get("detail").asString()).contains("与您的导入同时保存，本次导入未生效");
        return id;
    }

    private List<String> currentImportsOfTheFirst() {
        return jdbc.sql("SELECT CAST(id AS text) FROM statement_import WHERE statement_date = DATE '2026-12-01' AND superseded_by IS NULL")
                .query(String.class).list();
    }

    private static String importedId(RestTestClient.ResponseSpec answer) {
        return importedId(answer.expectBody());
    }

    private static String importedId(RestTestClient.BodyContentSpec answer) {
        return JSON.readTree(answer.returnResult().getResponseBodyContent()).get("statement").get("id").asString();
    }

    private RestTestClient.ResponseSpec upload(TestUser user, String name, String statementDate, byte[] content) {
        return http.post()
                .uri(builder -> builder.path("/api/subsidies/statements").queryParam("name", name)
                        .queryParamIfPresent("statementDate", java.util.Optional.ofNullable(statementDate)).build())
                .headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content)
                .exchange();
    }

    private static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static LedgerPayment payment(UUID entitlement, String unitName, long yuan, Status status, String transactionId, String completedAt) {
        return new LedgerPayment(entitlement + ":1", entitlement, unitName, "大连金港家政服务师劳务品牌", Money.yuan(yuan), status, transactionId,
                completedAt == null ? null : Instant.parse(completedAt));
    }
}
