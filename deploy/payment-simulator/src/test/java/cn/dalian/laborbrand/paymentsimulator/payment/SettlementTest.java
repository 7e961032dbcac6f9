package cn.dalian.laborbrand.paymentsimulator.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SettlementTest {

    private static final String CALLBACK = "http://127.0.0.1:8080/api/subsidies/payment-callbacks";

    @Test
    void aPaymentToAnOrdinaryAccountSucceeds() {
        assertThat(Settlement.of(Samples.jingang(CALLBACK))).isEqualTo(new Settlement(PaymentStatus.SUCCEEDED, null, null));
        assertThat(Settlement.of(Samples.haiwan(CALLBACK)).status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aPaymentToAnAccountNumberEndingInFourZerosFailsAsAClosedAccount() {
        assertThat(Settlement.of(Samples.closedAccount(CALLBACK))).isEqualTo(new Settlement(PaymentStatus.FAILED, "ACCOUNT_CLOSED", "收款账户已销户"));
    }

    @Test
    void theTransactionIdCarriesTheBeijingDateOfAcceptanceAndASixDigitSequence() {
        // 2026-11-30 17:00 UTC is already 1 December in Beijing
        assertThat(TransactionIds.of(Instant.parse("2026-11-30T17:00:00Z"), 123)).isEqualTo("DLBK20261201000123");
        assertThat(TransactionIds.of(Instant.parse("2026-12-01T06:30:05Z"), 1)).isEqualTo("DLBK20261201000001");
    }
}
