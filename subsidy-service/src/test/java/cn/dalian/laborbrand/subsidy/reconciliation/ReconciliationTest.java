package cn.dalian.laborbrand.subsidy.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment.Status;

/** A day's statement against the platform's payments: each line matched by its reference, and what the statement lacks. */
class ReconciliationTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    /** 2026-12-01 14:30:05 in Beijing. */
    private static final Instant DEC_1_AFTERNOON = Instant.parse("2026-12-01T06:30:05Z");

    private static final UUID JINGANG_CITY = UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3");
    private static final UUID HAIWAN_PROVINCIAL = UUID.fromString("5b1f0c1e-2d3a-4f5b-9c6d-7e8f90a1b2c3");
    private static final UUID LVSHUN_CITY = UUID.fromString("0c6a2f7e-1b2d-4e3f-8a9b-0c1d2e3f4a5b");

    private final LedgerPayment jingang = payment(JINGANG_CITY, 1, "大连金港人力资源服务有限公司", Money.yuan(50_000), Status.SUCCEEDED, "DLBK20261201000123",
            DEC_1_AFTERNOON);
    private final StatementLine jingangLine = line(2, jingang.reference(), "DLBK20261201000123", Money.yuan(50_000));

    @Test
    void aLineWithThePlatformsReferenceTransactionAndAmountOfASucceededPaymentIsMatched() {
        List<StatementEntry> entries = match(List.of(jingangLine), List.of(jingang), List.of(jingang));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MatchStatus.MATCHED);
            assertThat(entry.payment()).isEqualTo(jingang);
            assertThat(entry.note()).isNull();
        });
    }

    @Test
    void aLineOfAnotherAmountDiffers() {
        StatementLine paidLess = line(2, jingang.reference(), "DLBK20261201000123", Money.yuan(5_000));

        assertThat(match(List.of(paidLess), List.of(jingang), List.of(jingang))).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MatchStatus.AMOUNT_DIFFERS);
            assertThat(entry.status().label()).isEqualTo("金额不符");
            assertThat(entry.note()).isEqualTo("对账单金额 ¥5,000.00，平台支付金额 ¥50,000.00。");
        });
    }

    @Test
    void aLineWithAReferenceThePlatformNeverSentIsNotInThePlatform() {
        StatementLine unknown = line(2, "7f3e9a10-0000-4000-8000-000000000000:1", "DLBK20261201000200", Money.yuan(50_000));

        assertThat(match(List.of(unknown), List.of(), List.of())).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MatchStatus.NOT_IN_PLATFORM);
            assertThat(entry.status().label()).isEqualTo("银行有、平台无");
            assertThat(entry.payment()).isNull();
        });
    }

    @Test
    void aLineOfAPaymentThePlatformHasNotSeenSucceedIsNotConfirmedInThePlatform() {
        LedgerPayment accepted = payment(JINGANG_CITY, 1, "大连金港人力资源服务有限公司", Money.yuan(50_000), Status.ACCEPTED, "DLBK20261201000123", null);

        assertThat(match(List.of(jingangLine), List.of(accepted), List.of())).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MatchStatus.NOT_CONFIRMED_IN_PLATFORM);
            assertThat(entry.note()).isEqualTo("平台该笔支付的状态为「银行已受理」，尚未确认到账。");
        });
    }

    @Test
    void aPaymentThePlatformSawSucceedThatDayButTheStatementLacksIsMissingFromIt() {
        LedgerPayment haiwan = payment(HAIWAN_PROVINCIAL, 2, "大连海湾职业培训学校", Money.yuan(100_000), Status.SUCCEEDED, "DLBK20261201000124",
                Instant.parse("2026-12-01T07:02:41Z"));

        List<StatementEntry> entries = match(List.of(jingangLine), List.of(jingang), List.of(jingang, haiwan));

        assertThat(entries).extracting(StatementEntry::status).containsExactly(MatchStatus.MATCHED, MatchStatus.MISSING_FROM_STATEMENT);
        StatementEntry missing = entries.get(1);
        assertThat(missing.line()).isNull();
        assertThat(missing.payment()).isEqualTo(haiwan);
        assertThat(missing.reference()).isEqualTo(HAIWAN_PROVINCIAL + ":2");
        assertThat(missing.status().label()).isEqualTo("平台已到账、对账单无");
        assertThat(missing.note()).isEqualTo("平台于 2026-12-01 15:02:41 确认该笔支付已到账，对账单中没有这笔交易，请与银行核实。");
    }

    @Test
    void aPaymentAnEarlierStatementListsIsNotMissing() {
        // the platform heard of it at 00:00:04 on 1 December; the bank booked it at 23:59:58 on 30 November
        LedgerPayment justAfterMidnight = payment(LVSHUN_CITY, 1, "大连旅顺口区蓝湾职业技能培训学校", Money.yuan(50_000), Status.SUCCEEDED,
                "DLBK20261130000777", Instant.parse("2026-11-30T16:00:04Z"));

        List<StatementEntry> entries = Reconciliation.match(new Statement(DEC_1, List.of()), List.of(), List.of(justAfterMidnight),
                Set.of(justAfterMidnight.reference()));

        assertThat(entries).isEmpty();
    }

    @Test
    void aLineOfAnotherBankTransactionThanThePlatformsDiffers() {
        StatementLine otherTransaction = line(2, jingang.reference(), "DLBK20261201000999", Money.yuan(50_000));

        assertThat(match(List.of(otherTransaction), List.of(jingang), List.of(jingang))).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(MatchStatus.TRANSACTION_DIFFERS);
            assertThat(entry.note()).isEqualTo("平台记录该笔支付的银行流水号为 DLBK20261201000123，与对账单的 DLBK20261201000999 不同，可能重复支付，请与银行核实。");
        });
    }

    @Test
    void aPaymentTheBankMadeTwiceMatchesOnceAndTheOtherLineDiffers() {
        // the bank paid 大连金港 twice: its second transaction comes first on the statement
        StatementLine second = line(2, jingang.reference(), "DLBK20261201000122", Money.yuan(50_000));
        StatementLine own = line(3, jingang.reference(), "DLBK20261201000123", Money.yuan(50_000));

        assertThat(match(List.of(second, own), List.of(jingang), List.of(jingang))).extracting(StatementEntry::status)
                .containsExactly(MatchStatus.TRANSACTION_DIFFERS, MatchStatus.MATCHED);
    }

    @Test
    void withoutThePlatformsTransactionTheFirstLineOfAReferenceIsItsPaymentAndTheNextOneDiffers() {
        LedgerPayment noTransaction = payment(JINGANG_CITY, 1, "大连金港人力资源服务有限公司", Money.yuan(50_000), Status.SUCCEEDED, null, DEC_1_AFTERNOON);
        StatementLine again = line(5, jingang.reference(), "DLBK20261201000130", Money.yuan(50_000));

        List<StatementEntry> entries = match(List.of(jingangLine, again), List.of(noTransaction), List.of(noTransaction));

        assertThat(entries).extracting(StatementEntry::status).containsExactly(MatchStatus.MATCHED, MatchStatus.TRANSACTION_DIFFERS);
        assertThat(entries.get(1).note()).isEqualTo("同一业务参考号已见于第 2 行，可能重复支付，请与银行核实。");
    }

    @Test
    void mismatchesComeFirstInTheOrderFinanceWorksThroughThem() {
        LedgerPayment haiwan = payment(HAIWAN_PROVINCIAL, 1, "大连海湾职业培训学校", Money.yuan(100_000), Status.SUCCEEDED, "DLBK20261201000124",
                DEC_1_AFTERNOON);
        StatementLine unknown = line(3, "7f3e9a10-0000-4000-8000-000000000000:1", "DLBK20261201000200", Money.yuan(50_000));
        StatementLine haiwanLess = line(4, haiwan.reference(), "DLBK20261201000124", Money.yuan(10_000));

        List<StatementEntry> entries = match(List.of(jingangLine, unknown, haiwanLess), List.of(jingang, haiwan), List.of(jingang, haiwan));

        assertThat(entries.stream().sorted(StatementEntry.MISMATCHES_FIRST).map(StatementEntry::status).toList())
                .containsExactly(MatchStatus.AMOUNT_DIFFERS, MatchStatus.NOT_IN_PLATFORM, MatchStatus.MATCHED);
    }

    @Test
    void aDayIsADayInBeijing() {
        assertThat(Reconciliation.startOf(DEC_1)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    private static List<StatementEntry> match(List<StatementLine> lines, List<LedgerPayment> byReference, List<LedgerPayment> succeededThatDay) {
        return Reconciliation.match(new Statement(DEC_1, lines), byReference, succeededThatDay, Set.of());
    }

    private static LedgerPayment payment(UUID entitlement, int attempt, String unitName, Money amount, Status status, String transactionId,
            Instant completedAt) {
        return new LedgerPayment(entitlement + ":" + attempt, entitlement, unitName, "大连金港家政服务师劳务品牌", amount, status, transactionId, completedAt);
    }

    private static StatementLine line(int number, String reference, String transactionId, Money amount) {
        return new StatementLine(number, DEC_1, LocalTime.of(14, 30, 5), transactionId, reference, "大连金港人力资源服务有限公司", "3400200109100012345",
                "中国工商银行大连星海支行", amount, "2026年度劳务品牌一次性奖补资金");
    }
}
