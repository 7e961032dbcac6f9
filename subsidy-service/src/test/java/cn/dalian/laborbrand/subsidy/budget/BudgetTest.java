package cn.dalian.laborbrand.subsidy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

class BudgetTest {

    private static final Instant MARCH = Instant.parse("2026-03-02T01:30:00Z");

    /** 大连市 2026 年度就业补助资金 ¥1,000,000 for the labour-brand subsidies. */
    private final Budget year2026 = Budget.allocate(2026, Money.yuan(1_000_000), "大财社〔2026〕12号", "劳务品牌一次性奖补", "finance-approver", MARCH);

    @Test
    void theBalanceIsTheAllocationLessWhatIsReservedAndPaid() {
        // given ¥1,000,000 allocated, when a ¥50,000 and a ¥100,000 entitlement are reserved
        Budget reserved = year2026.reserve(Money.yuan(50_000)).reserve(Money.yuan(100_000));

        // then ¥850,000 remain
        assertThat(reserved.reserved()).isEqualTo(Money.yuan(150_000));
        assertThat(reserved.remaining()).isEqualTo(Money.yuan(850_000));
    }

    @Test
    void aReservationOfExactlyTheBalanceIsAllowed() {
        assertThat(year2026.reserve(Money.yuan(1_000_000)).remaining()).isEqualTo(new Money(0));
    }

    @Test
    void aReservationBeyondTheBalanceIsRefusedWithWhatRemains() {
        // given ¥980,000 reserved already
        Budget nearlySpent = year2026.reserve(Money.yuan(980_000));

        // when ¥50,000 more are asked for, then it is refused with the ¥20,000 remaining
        assertThatThrownBy(() -> nearlySpent.reserve(Money.yuan(50_000)))
                .isInstanceOfSatisfying(PlatformException.class, problem -> {
                    assertThat(problem.code()).isEqualTo(BudgetProblem.BUDGET_EXCEEDED);
                    assertThat(problem.properties()).containsEntry("remainingFen", 2_000_000L);
                    assertThat(problem.getMessage()).contains("¥20,000.00");
                });
    }

    @Test
    void theAllocationCanBeLoweredToWhatIsReservedButNotBelow() {
        // given ¥300,000 reserved
        Budget reserved = year2026.reserve(Money.yuan(300_000));

        // when lowered to exactly ¥300,000, then nothing remains; below it is refused with the figures
        assertThat(reserved.reallocate(Money.yuan(300_000), "大财社〔2026〕30号", null, "finance-approver", MARCH).remaining())
                .isEqualTo(new Money(0));
        assertThatThrownBy(() -> reserved.reallocate(Money.yuan(299_999), "大财社〔2026〕30号", null, "finance-approver", MARCH))
                .isInstanceOfSatisfying(PlatformException.class, problem -> {
                    assertThat(problem.code()).isEqualTo(BudgetProblem.ALLOCATION_BELOW_COMMITTED);
                    assertThat(problem.properties()).containsEntry("reservedFen", 30_000_000L).containsEntry("remainingFen", 70_000_000L);
                });
    }

    @Test
    void raisingTheAllocationKeepsWhatIsReservedAndRecordsWhoSetIt() {
        Budget raised = year2026.reserve(Money.yuan(50_000))
                .reallocate(Money.yuan(1_500_000), "大财社〔2026〕45号", "追加下达", "another-approver", MARCH.plusSeconds(86_400));

        assertThat(raised.reserved()).isEqualTo(Money.yuan(50_000));
        assertThat(raised.remaining()).isEqualTo(Money.yuan(1_450_000));
        assertThat(raised.setBy()).isEqualTo("another-approver");
        assertThat(raised.reference()).isEqualTo("大财社〔2026〕45号");
    }

    @Test
    void aYearOutsideTheProgrammeIsRefused() {
        assertThatThrownBy(() -> Budget.allocate(1999, Money.yuan(1), "大财社〔1999〕1号", null, "finance-approver", MARCH))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BudgetProblem.YEAR_OUT_OF_RANGE));
    }
}
