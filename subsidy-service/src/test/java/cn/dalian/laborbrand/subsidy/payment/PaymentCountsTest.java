package cn.dalian.laborbrand.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentCountsTest {

    @Test
    void aBatchNotYetApprovedHasNoPaymentLabel() {
        assertThat(PaymentCounts.NONE.label()).isNull();
    }

    @Test
    void aBatchWithAnyPaymentUnderWayIsBeingPaid() {
        assertThat(new PaymentCounts(1, 0, 1, 0).label()).isEqualTo("支付中");
        assertThat(new PaymentCounts(0, 2, 0, 1).label()).isEqualTo("支付中");
    }

    @Test
    void aBatchWhosePaymentsAllReachedThePayeesIsPaid() {
        PaymentCounts paid = new PaymentCounts(0, 0, 3, 0);

        assertThat(paid.label()).isEqualTo("已支付");
        assertThat(paid.pending()).isZero();
    }

    @Test
    void aBatchWithFailuresSaysWhetherSomeOrAllFailed() {
        assertThat(new PaymentCounts(0, 0, 2, 1).label()).isEqualTo("部分支付失败");
        assertThat(new PaymentCounts(0, 0, 0, 2).label()).isEqualTo("支付失败");
    }
}
