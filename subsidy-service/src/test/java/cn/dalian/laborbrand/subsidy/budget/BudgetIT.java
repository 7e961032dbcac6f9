package cn.dalian.laborbrand.subsidy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class BudgetIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    BudgetService budgets;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void noBudgetsYet() {
        jdbc.sql("DELETE FROM budget").update();
    }

    @Test
    void aFinanceApproverSetsTheYearsAllocationAndFinanceStaffReadTheBalance() {
        allocate(TestUser.FINANCE_APPROVER, 2026, 100_000_000L)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.allocationText").isEqualTo("¥1,000,000.00")
                .jsonPath("$.remainingFen").isEqualTo(100_000_000)
                .jsonPath("$.reference").isEqualTo("大财社〔2026〕12号")
                .jsonPath("$.setBy").isEqualTo("finance-approver");

        http.get().uri("/api/subsidies/budgets").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].year").isEqualTo(2026)
                .jsonPath("$[0].reservedFen").isEqualTo(0)
                .jsonPath("$[0].paidFen").isEqualTo(0);
    }

    @Test
    void onlyAFinanceApproverSetsTheAllocationAndOnlyFinanceStaffReadIt() {
        allocate(TestUser.FINANCE_CLERK, 2026, 100_000_000L).expectStatus().isForbidden();
        http.get().uri("/api/subsidies/budgets").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange().expectStatus().isForbidden();
        http.get().uri("/api/subsidies/budgets/2026").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange().expectStatus().isNotFound();
    }

    @Test
    void loweringTheAllocationBelowWhatIsReservedIsRefusedWithTheFigures() {
        // given ¥1,000,000 with ¥300,000 reserved
        allocate(TestUser.FINANCE_APPROVER, 2026, 100_000_000L).expectStatus().isOk();
        transactions.executeWithoutResult(status -> budgets.reserve(2026, Money.yuan(300_000)));

        // when lowered to ¥200,000, then refused and unchanged
        allocate(TestUser.FINANCE_APPROVER, 2026, 20_000_000L)
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ALLOCATION_BELOW_COMMITTED")
                .jsonPath("$.reservedFen").isEqualTo(30_000_000)
                .jsonPath("$.remainingFen").isEqualTo(70_000_000);
        assertThat(budgets.get(2026).allocation()).isEqualTo(Money.yuan(1_000_000));
    }

    @Test
    void badAllocationsAreRefusedInChinese() {
        http.put().uri("/api/subsidies/budgets/2026").headers(Tokens.as(TestUser.FINANCE_APPROVER))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("allocationFen", -1, "reference", " "))
                .exchange()
                .expectStatus().isBadRequest();
        allocate(TestUser.FINANCE_APPROVER, 1999, 1L).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("YEAR_OUT_OF_RANGE");
    }

    @Test
    void aReservationWithoutABudgetIsRefused() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> budgets.reserve(2027, Money.yuan(50_000))))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BudgetProblem.BUDGET_NOT_SET));
    }

    @Test
    void theDatabaseRefusesReservedAndPaidBeyondTheAllocation() {
        allocate(TestUser.FINANCE_APPROVER, 2026, 100_000_000L).expectStatus().isOk();
        assertThatThrownBy(() -> jdbc.sql("UPDATE budget SET reserved_fen = 100000001 WHERE year = 2026").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void fortyApprovalsAtOnceAgainstTwentyApprovalsWorthOfBudgetReserveExactlyTwenty() throws Exception {
        // given ¥1,000,000 for 2026
        allocate(TestUser.FINANCE_APPROVER, 2026, 100_000_000L).expectStatus().isOk();

        // when 40 approvals of ¥50,000 each reserve at the same moment
        int approvals = 40;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(approvals)) {
            for (int i = 0; i < approvals; i++) {
                Callable<Boolean> approval = () -> {
                    start.await();
                    try {
                        transactions.executeWithoutResult(status -> budgets.reserve(2026, Money.yuan(50_000)));
                        return true;
                    } catch (PlatformException refused) {
                        assertThat(refused.code()).isEqualTo(BudgetProblem.BUDGET_EXCEEDED);
                        return false;
                    }
                };
                outcomes.add(pool.submit(approval));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get() ? 1 : 0;
            }

            // then exactly 20 succeed and the balance is exact
            assertThat(succeeded).isEqualTo(20);
        }
        Budget after = budgets.get(2026);
        assertThat(after.reserved()).isEqualTo(Money.yuan(1_000_000));
        assertThat(after.remaining()).isEqualTo(new Money(0));
    }

    private RestTestClient.ResponseSpec allocate(TestUser user, int year, long allocationFen) {
        return http.put().uri("/api/subsidies/budgets/" + year).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("allocationFen", allocationFen, "reference", "大财社〔2026〕12号", "note", "劳务品牌一次性奖补"))
                .exchange();
    }
}
