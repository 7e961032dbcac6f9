package cn.dalian.laborbrand.subsidy.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** A batch as the list finance signs: its header, the payees masked, the total in figures and in capitals. */
class PaymentListTest {

    @Test
    void anApprovedBatchListsItsPayeesMaskedAndItsTotalInCapitals() {
        PaymentList list = PaymentList.of(ExportSamples.approvedBatch());

        assertThat(list.title()).isEqualTo("大连市劳务品牌一次性奖补资金支付清单");
        assertThat(list.year()).isEqualTo(2026);
        assertThat(list.purpose()).isEqualTo("2026年度劳务品牌一次性奖补资金");
        assertThat(list.status()).isEqualTo("已审批");
        assertThat(list.preparedBy()).isEqualTo("finance-clerk");
        assertThat(list.preparedAt()).isEqualTo("2026-11-30 10:15");
        assertThat(list.decidedBy()).isEqualTo("finance-approver");
        assertThat(list.decidedAt()).isEqualTo("2026-11-30 15:40");
        assertThat(list.entries()).extracting(PaymentList.Entry::number, PaymentList.Entry::level, PaymentList.Entry::payeeAccountNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "市级", "3400 **** **** 2345"),
                        org.assertj.core.groups.Tuple.tuple(2, "省级", "2120 **** **** 6789"));
        assertThat(list.total()).isEqualTo(Money.yuan(150_000));
        assertThat(list.totalText()).isEqualTo("¥150,000.00");
        assertThat(list.totalInWords()).isEqualTo("人民币壹拾伍万元整");
        assertThat(list.fileName("xlsx")).isEqualTo("支付清单-2026年度-20261130-1015.xlsx");
    }

    @Test
    void aBatchWaitingForItsApproverShowsNoApproverYet() {
        PaymentList list = PaymentList.of(ExportSamples.preparedBatch(ExportSamples.PREPARED, ExportSamples.JINGANG_LINE));

        assertThat(list.status()).isEqualTo("待审批");
        assertThat(list.decidedBy()).isEqualTo("—");
        assertThat(list.decidedAt()).isEqualTo("—");
        assertThat(list.totalInWords()).isEqualTo("人民币伍万元整");
    }

    @Test
    void aReturnedBatchCarriesItsReason() {
        PaymentList list = PaymentList.of(ExportSamples.preparedBatch(ExportSamples.PREPARED, ExportSamples.JINGANG_LINE)
                .returnWith("开户行名称与单位信息不符，请核实", "finance-approver", ExportSamples.APPROVED));

        assertThat(list.status()).isEqualTo("已退回");
        assertThat(list.returnReason()).isEqualTo("开户行名称与单位信息不符，请核实");
    }
}
