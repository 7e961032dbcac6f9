package cn.dalian.laborbrand.subsidy.export;

import static cn.dalian.laborbrand.subsidy.export.ExportSamples.HAIWAN;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.HAIWAN_LINE;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.JINGANG;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.JINGANG_LINE;
import static cn.dalian.laborbrand.subsidy.export.ExportSamples.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.subsidy.batch.PaymentBatch;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment.Status;

/** The year's disbursement statement: each entitlement of the year's batches once, and where its money stands. */
class DisbursementStatementTest {

    private static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);

    @Test
    void aPaidEntitlementShowsTheDayItArrivedInBeijingAndTheBanksTransaction() {
        // 大连金港's payment succeeded at 00:10 on 1 December in Beijing (still 30 November in UTC)
        DisbursementStatement statement = DisbursementStatement.of(2026, List.of(ExportSamples.approvedBatch()),
                List.of(payment(JINGANG, 1, Status.SUCCEEDED, "DLBK20261201000123", Instant.parse("2026-11-30T16:10:00Z")),
                        payment(HAIWAN, 1, Status.ACCEPTED, "DLBK20261201000124", null)),
                DEC_2);

        assertThat(statement.title()).isEqualTo("2026年度劳务品牌一次性奖补资金拨付明细表");
        assertThat(statement.subtitle()).isEqualTo("截至2026年12月2日");
        DisbursementStatement.Entry jingang = statement.entries().get(0);
        assertThat(jingang.status()).isEqualTo("已拨付");
        assertThat(jingang.paidOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(jingang.transactionId()).isEqualTo("DLBK20261201000123");
        assertThat(jingang.preparedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        DisbursementStatement.Entry haiwan = statement.entries().get(1);
        assertThat(haiwan.status()).isEqualTo("支付中");
        assertThat(haiwan.paidOn()).isNull();
        assertThat(haiwan.transactionId()).isNull();
        assertThat(statement.total()).isEqualTo(Money.yuan(150_000));
        assertThat(statement.paid()).isEqualTo(Money.yuan(50_000));
        assertThat(statement.paidCount()).isEqualTo(1);
    }

    @Test
    void withoutAPaymentAnEntitlementStandsAsItsBatch() {
        PaymentBatch waiting = ExportSamples.preparedBatch(ExportSamples.PREPARED, JINGANG_LINE);
        PaymentBatch approved = ExportSamples.preparedBatch(ExportSamples.PREPARED.plusSeconds(60), HAIWAN_LINE).approve("finance-approver",
                ExportSamples.APPROVED);

        DisbursementStatement statement = DisbursementStatement.of(2026, List.of(waiting, approved), List.of(), DEC_2);

        assertThat(statement.entries()).extracting(DisbursementStatement.Entry::status).containsExactly("待审批", "待支付");
    }

    @Test
    void aReturnedBatchIsNotListedAndAnEntitlementPaidAgainIsListedOnceUnderItsLaterBatch() {
        PaymentBatch returned = ExportSamples.preparedBatch(ExportSamples.PREPARED.minusSeconds(7200), HAIWAN_LINE)
                .returnWith("账号有误", "finance-approver", ExportSamples.PREPARED.minusSeconds(3600));
        // the first attempt failed for good on 1 December; finance put 大连金港 into a new batch on the 2nd
        PaymentBatch first = ExportSamples.approvedBatch();
        PaymentBatch second = ExportSamples.preparedBatch(Instant.parse("2026-12-02T01:00:00Z"), JINGANG_LINE);

        DisbursementStatement statement = DisbursementStatement.of(2026, List.of(second, returned, first),
                List.of(payment(JINGANG, 1, Status.FAILED, "DLBK20261201000123", Instant.parse("2026-12-01T03:00:00Z"))), DEC_2);

        assertThat(statement.entries()).extracting(DisbursementStatement.Entry::number, DisbursementStatement.Entry::unitName,
                DisbursementStatement.Entry::status, DisbursementStatement.Entry::preparedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "大连海湾职业培训学校", "待支付", LocalDate.of(2026, 11, 30)),
                        org.assertj.core.groups.Tuple.tuple(2, "大连金港人力资源服务有限公司", "待审批", LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aPaymentThatFailedForGoodIsShownUntilTheEntitlementIsInANewBatch() {
        DisbursementStatement statement = DisbursementStatement.of(2026, List.of(ExportSamples.approvedBatch()),
                List.of(payment(JINGANG, 1, Status.FAILED, null, Instant.parse("2026-12-01T03:00:00Z"))), DEC_2);

        assertThat(statement.entries().getFirst().status()).isEqualTo("拨付失败");
        assertThat(statement.fileName("pdf")).isEqualTo("奖补资金拨付明细表-2026年度.pdf");
    }
}
