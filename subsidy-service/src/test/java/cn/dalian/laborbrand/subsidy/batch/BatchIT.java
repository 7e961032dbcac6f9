package cn.dalian.laborbrand.subsidy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.subsidy.FinanceTables;

/**
 * Maker–checker on a real PostgreSQL: a clerk prepares, another person approves (reserving against the 2026 budget) or returns.
 * The units' bank accounts come from {@link FakePayeeAccounts}, standing in for application-service.
 */
@PlatformIntegrationTest
class BatchIT {

    private static final String JINGANG = "912102440580649631";
    private static final String HAIWAN = "912102422418131093";
    /** A finance staff member holding both roles: still never the checker of their own batch. */
    private static final TestUser CLERK_AND_APPROVER = new TestUser("finance-clerk", "周芳", Set.of(Role.FINANCE_CLERK, Role.FINANCE_APPROVER), null, null);

    @TestConfiguration
    static class ApplicationServiceDouble {

        @Bean
        @Primary
        FakePayeeAccounts fakePayeeAccounts() {
            return new FakePayeeAccounts();
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    FakePayeeAccounts applicationService;

    @BeforeEach
    void givenTwoUnitsWithAccountsAndA2026Budget() {
        cleanUp();
        applicationService.answering = true;
        applicationService.accounts.clear();
        applicationService.accounts.put(JINGANG, new PayeeAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109200012345"));
        applicationService.accounts.put(HAIWAN, new PayeeAccount("大连海湾职业培训学校", "中国建设银行大连金州支行", "21201500100052016789"));
        http.put().uri("/api/subsidies/budgets/2026").headers(Tokens.as(TestUser.FINANCE_APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("allocationFen", 20_000_000L, "reference", "大财社〔2026〕12号")).exchange().expectStatus().isOk();
    }

    /** Other tests delete entitlements, which batch lines and payments refer to. */
    @AfterEach
    void cleanUp() {
        FinanceTables.clear(jdbc);
    }

    @Test
    void aClerkPreparesAndAnotherPersonApprovesReservingExactlyTheTotal() {
        // given a city (¥50,000) and a provincial (¥100,000) entitlement of two units
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);
        UUID provincial = entitlement(HAIWAN, "大连海湾职业培训学校", "PROVINCIAL", 10_000_000);

        // when the clerk prepares a batch of both
        prepare(TestUser.FINANCE_CLERK, city, provincial)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PREPARED")
                .jsonPath("$.purpose").isEqualTo("2026年度劳务品牌一次性奖补资金")
                .jsonPath("$.totalText").isEqualTo("¥150,000.00")
                .jsonPath("$.lines[0].payeeAccountName").isEqualTo("大连金港人力资源服务有限公司")
                .jsonPath("$.lines[0].payeeAccountNumber").isEqualTo("3400 **** **** 2345")
                .jsonPath("$.lines[1].levelLabel").isEqualTo("省级");
        String id = batchId();
        assertThat(statusOf(city)).isEqualTo("PREPARED");
        assertThat(jdbc.sql("SELECT payee_account_number FROM payment_batch_line WHERE entitlement_id = :id").param("id", city)
                .query(String.class).single()).doesNotContain("3400200109200012345");

        // and the approver approves it
        http.post().uri("/api/subsidies/batches/" + id + "/approval").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.decidedBy").isEqualTo("finance-approver")
                .jsonPath("$.trail.length()").isEqualTo(2)
                .jsonPath("$.trail[0].actor").isEqualTo("finance-clerk")
                .jsonPath("$.trail[0].role").isEqualTo("FINANCE_CLERK")
                .jsonPath("$.trail[1].action").isEqualTo("APPROVED")
                .jsonPath("$.trail[1].role").isEqualTo("FINANCE_APPROVER");

        // then exactly ¥150,000 is reserved, both entitlements are approved and a payment of each waits to be sent
        assertThat(reservedFen()).isEqualTo(15_000_000L);
        assertThat(statusOf(city)).isEqualTo("APPROVED");
        assertThat(statusOf(provincial)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT reference || ' ' || status || ' ' || amount_fen FROM payment ORDER BY amount_fen").query(String.class).list())
                .containsExactly(city + ":1 QUEUED 5000000", provincial + ":1 QUEUED 10000000");
        http.get().uri("/api/subsidies/batches?status=APPROVED").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].lineCount").isEqualTo(2)
                .jsonPath("$.items[0].statusLabel").isEqualTo("已审批")
                .jsonPath("$.items[0].paymentLabel").isEqualTo("支付中")
                .jsonPath("$.items[0].pendingCount").isEqualTo(2);
    }

    @Test
    void aReturnedBatchFreesItsEntitlementsForAnotherBatch() {
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isCreated();
        String id = batchId();

        // a return without a reason is refused
        returnBatch(TestUser.FINANCE_APPROVER, id, " ").expectStatus().isBadRequest();

        returnBatch(TestUser.FINANCE_APPROVER, id, "开户行名称与单位信息不符，请核实")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("RETURNED")
                .jsonPath("$.returnReason").isEqualTo("开户行名称与单位信息不符，请核实")
                .jsonPath("$.trail[1].reason").isEqualTo("开户行名称与单位信息不符，请核实");

        assertThat(statusOf(city)).isEqualTo("CREATED");
        assertThat(reservedFen()).isZero();
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isCreated();
    }

    @Test
    void thePreparerNeverApprovesOrReturnsTheirOwnBatch() {
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);
        prepare(CLERK_AND_APPROVER, city).expectStatus().isCreated();
        String id = batchId();

        http.post().uri("/api/subsidies/batches/" + id + "/approval").headers(Tokens.as(CLERK_AND_APPROVER)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SAME_PERSON");
        returnBatch(CLERK_AND_APPROVER, id, "自行退回").expectStatus().isEqualTo(409);

        assertThat(reservedFen()).isZero();
        assertThat(statusOf(city)).isEqualTo("PREPARED");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_batch_audit").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anApprovalBeyondTheBudgetIsRefusedWithTheRemainderAndNothingChanges() {
        // given ¥200,000 for 2026 and a batch of ¥250,000
        UUID first = entitlement(JINGANG, "大连金港人力资源服务有限公司", "PROVINCIAL", 10_000_000);
        UUID second = entitlement(HAIWAN, "大连海湾职业培训学校", "PROVINCIAL", 10_000_000);
        UUID third = entitlement(HAIWAN, "大连海湾职业培训学校", "CITY", 5_000_000);
        prepare(TestUser.FINANCE_CLERK, first, second, third).expectStatus().isCreated();
        String id = batchId();

        http.post().uri("/api/subsidies/batches/" + id + "/approval").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("BUDGET_EXCEEDED")
                .jsonPath("$.remainingFen").isEqualTo(20_000_000);

        assertThat(reservedFen()).isZero();
        assertThat(statusOf(first)).isEqualTo("PREPARED");
        assertThat(jdbc.sql("SELECT status FROM payment_batch").query(String.class).single()).isEqualTo("PREPARED");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_batch_audit").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEntitlementIsInOneOpenBatchOnly() {
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);
        UUID other = entitlement(HAIWAN, "大连海湾职业培训学校", "CITY", 5_000_000);
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isCreated();
        UUID batch = UUID.fromString(batchId());

        prepare(TestUser.FINANCE_CLERK, other, city)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ENTITLEMENT_IN_ANOTHER_BATCH");
        assertThat(statusOf(other)).isEqualTo("CREATED");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_batch").query(Long.class).single()).isEqualTo(1);

        // and the database refuses it whatever the code above it does
        UUID second = UUID.randomUUID();
        jdbc.sql("INSERT INTO payment_batch (id, year, purpose, status, total_fen, prepared_by, prepared_at) VALUES (:id, 2026, '测试', 'PREPARED', 5000000, 'finance-clerk', now())")
                .param("id", second).update();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO payment_batch_line (batch_id, entitlement_id, position, org_id, unit_name, brand_name, certification_level, amount_fen,
                                                payee_account_name, payee_bank_name, payee_account_number)
                SELECT :second, entitlement_id, 0, org_id, unit_name, brand_name, certification_level, amount_fen, payee_account_name,
                       payee_bank_name, payee_account_number
                FROM payment_batch_line WHERE batch_id = :batch
                """).param("second", second).param("batch", batch).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPayeeMissingInAnotherNameOrUnreadableIsRefusedAndNothingIsWritten() {
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);

        applicationService.accounts.put(JINGANG, new PayeeAccount("大连金港劳务派遣有限公司", "中国工商银行大连甘井子支行", "3400200109200012345"));
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("PAYEE_NAME_MISMATCH");

        applicationService.accounts.remove(JINGANG);
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("PAYEE_ACCOUNT_MISSING");

        applicationService.answering = false;
        prepare(TestUser.FINANCE_CLERK, city).expectStatus().isEqualTo(503);

        assertThat(statusOf(city)).isEqualTo("CREATED");
        assertThat(jdbc.sql("SELECT count(*) FROM payment_batch").query(Long.class).single()).isZero();
    }

    @Test
    void onlyFinanceStaffTakeTheirOwnStepsAndUnknownEntitlementsAreRefused() {
        UUID city = entitlement(JINGANG, "大连金港人力资源服务有限公司", "CITY", 5_000_000);
        prepare(TestUser.FINANCE_APPROVER, city).expectStatus().isForbidden();
        prepare(TestUser.CITY_REVIEWER, city).expectStatus().isForbidden();
        http.get().uri("/api/subsidies/batches").headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isForbidden();
        prepare(TestUser.FINANCE_CLERK, city, UUID.randomUUID()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ENTITLEMENT_NOT_FOUND");
        http.post().uri("/api/subsidies/batches").headers(Tokens.as(TestUser.FINANCE_CLERK)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "entitlementIds", List.of())).exchange().expectStatus().isBadRequest();
        http.get().uri("/api/subsidies/batches/" + UUID.randomUUID()).headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange().expectStatus().isNotFound();
    }

    private RestTestClient.ResponseSpec prepare(TestUser user, UUID... entitlementIds) {
        return http.post().uri("/api/subsidies/batches").headers(Tokens.as(user)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "entitlementIds", List.of(entitlementIds)))
                .exchange();
    }

    private RestTestClient.ResponseSpec returnBatch(TestUser user, String id, String reason) {
        return http.post().uri("/api/subsidies/batches/" + id + "/return").headers(Tokens.as(user)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason)).exchange();
    }

    /** The newest batch. */
    private String batchId() {
        return jdbc.sql("SELECT CAST(id AS text) FROM payment_batch ORDER BY prepared_at DESC LIMIT 1").query(String.class).single();
    }

    private String statusOf(UUID entitlement) {
        return jdbc.sql("SELECT status FROM entitlement WHERE id = :id").param("id", entitlement).query(String.class).single();
    }

    private long reservedFen() {
        return jdbc.sql("SELECT reserved_fen FROM budget WHERE year = 2026").query(Long.class).single();
    }

    private UUID entitlement(String orgId, String unitName, String level, long amountFen) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, certification_level, amount_fen, status, created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, '大连金港家政服务师', :level, :amountFen, 'CREATED', :createdAt, 0)
                """)
                .param("id", id).param("brandId", UUID.randomUUID()).param("applicationId", UUID.randomUUID())
                .param("orgId", orgId).param("unitName", unitName).param("level", level).param("amountFen", amountFen)
                .param("createdAt", Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}
