package cn.dalian.laborbrand.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementStatus;

class PaymentTest {

    private static final Instant DEC_1 = Instant.parse("2026-12-01T06:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration POLL_AFTER = Duration.ofMinutes(1);
    private static final UUID ENTITLEMENT = UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3");
    private static final UUID BATCH = UUID.fromString("7a1d0c55-2f3e-4b6a-8c9d-0e1f2a3b4c5d");

    /** 大连金港's city subsidy of ¥50,000, to its own account. */
    private static final PaymentOrder ORDER = new PaymentOrder(ENTITLEMENT, "912102440580649631", "大连金港人力资源服务有限公司",
            "大连甘井子金港家政服务师劳务品牌", CertificationLevel.CITY, Money.yuan(50_000),
            new Payee("大连金港人力资源服务有限公司", "中国工商银行大连星海支行", "3400200109100012345"));

    private static final Entitlement ENTITLED = new Entitlement(ENTITLEMENT, UUID.randomUUID(), UUID.randomUUID(), "912102440580649631",
            "大连金港人力资源服务有限公司", "大连甘井子金港家政服务师劳务品牌", CertificationLevel.CITY, Money.yuan(50_000), EntitlementStatus.APPROVED, DEC_1, 2);

    private final Payment queued = Payment.queue(UUID.randomUUID(), ORDER, 1, BATCH, 2026, "2026年度劳务品牌一次性奖补资金", DEC_1);

    @Test
    void aNewPaymentIsQueuedAtOnceWithItsEntitlementAndAttemptAsTheKey() {
        assertThat(queued.status()).isEqualTo(PaymentStatus.QUEUED);
        assertThat(queued.reference()).isEqualTo("9d403f61-8e50-4b12-8d43-5e6f708192a3:1").hasSizeLessThanOrEqualTo(Payment.MAX_REFERENCE_LENGTH);
        assertThat(queued.nextAttemptAt()).isEqualTo(DEC_1);
        assertThat(Payment.queue(UUID.randomUUID(), ORDER, 2, BATCH, 2026, "补发", DEC_1).reference()).endsWith(":2");
        assertThatThrownBy(() -> Payment.referenceOf(ENTITLEMENT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaymentTakenForSendingIsCountedAndLeftToItsSenderForTheLease() {
        Payment sending = queued.sending(DEC_1, LEASE);

        assertThat(sending.sendCount()).isEqualTo(1);
        assertThat(sending.lastSentAt()).isEqualTo(DEC_1);
        assertThat(sending.nextAttemptAt()).isEqualTo(DEC_1.plus(LEASE));
    }

    @Test
    void anAcceptedPaymentWaitsForItsResultAndIsAskedForWhenNoneComes() {
        // when the payment system accepts it
        Payment accepted = queued.sending(DEC_1, LEASE).take(accepted("DLBK20261201000123"), DEC_1, POLL_AFTER);

        // then it keeps the transaction id and is asked for a minute later unless a callback comes first
        assertThat(accepted.status()).isEqualTo(PaymentStatus.ACCEPTED);
        assertThat(accepted.transactionId()).isEqualTo("DLBK20261201000123");
        assertThat(accepted.nextAttemptAt()).isEqualTo(DEC_1.plus(POLL_AFTER));
    }

    @Test
    void aPaymentThePaymentSystemCouldNotBeReachedForWaitsWithTheReasonAndIsNotFailed() {
        // given a send that timed out
        Payment sending = queued.sending(DEC_1, LEASE);

        // when it is deferred
        Payment waiting = sending.deferred("无法连接支付系统或应答超时", DEC_1.plusSeconds(10));

        // then it is still queued, to be sent again (with the same key) later, the reason kept
        assertThat(waiting.status()).isEqualTo(PaymentStatus.QUEUED);
        assertThat(waiting.reference()).isEqualTo(queued.reference());
        assertThat(waiting.nextAttemptAt()).isEqualTo(DEC_1.plusSeconds(10));
        assertThat(waiting.lastError()).isEqualTo("无法连接支付系统或应答超时");
    }

    @Test
    void theWaitBeforeSendingAgainDoublesWithEachSendUpToTheLongest() {
        Payment once = queued.sending(DEC_1, LEASE);
        Payment thrice = once.sending(DEC_1, LEASE).sending(DEC_1, LEASE);
        Payment often = thrice;
        for (int i = 0; i < 40; i++) {
            often = often.sending(DEC_1, LEASE);
        }

        assertThat(once.backoff(Duration.ofSeconds(10), Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(10));
        assertThat(thrice.backoff(Duration.ofSeconds(10), Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(40));
        assertThat(often.backoff(Duration.ofSeconds(10), Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSuccessEndsThePaymentAndDisbursesTheEntitlement() {
        // given an accepted payment
        Payment accepted = queued.sending(DEC_1, LEASE).take(accepted("DLBK20261201000123"), DEC_1, POLL_AFTER);

        // when the payment system reports it paid
        Payment paid = accepted.take(succeeded("DLBK20261201000123"), DEC_1.plusSeconds(5), POLL_AFTER);

        // then it is final, and its event says so with the reference and the bank's transaction id
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.completedAt()).isEqualTo(DEC_1.plusSeconds(5));
        var event = paid.completion(ENTITLED);
        assertThat(event.definition()).isEqualTo(SubsidyEvents.DISBURSED);
        assertThat(event.subject()).isEqualTo(ENTITLEMENT.toString());
        assertThat(event.payload()).isEqualTo(new SubsidyDisbursed(ENTITLEMENT, ENTITLED.brandId(), ENTITLED.applicationId(), "912102440580649631",
                "大连金港人力资源服务有限公司", "大连甘井子金港家政服务师劳务品牌", CertificationLevel.CITY, 5_000_000L, BATCH, queued.reference(),
                "DLBK20261201000123", DEC_1.plusSeconds(5)));
    }

    @Test
    void aResultMayComeBeforeTheAcceptanceWasRecorded() {
        // given a payment whose send timed out after the payment system took it
        Payment unknown = queued.sending(DEC_1, LEASE).deferred("应答超时", DEC_1.plusSeconds(10));

        // when the callback brings its success, then it is paid all the same
        assertThat(unknown.take(succeeded("DLBK20261201000123"), DEC_1.plusSeconds(3), POLL_AFTER).status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aFinalPaymentNeverChangesAgainWhateverArrivesLaterOrTwice() {
        Payment paid = queued.take(succeeded("DLBK20261201000123"), DEC_1, POLL_AFTER);

        // a repeated success, a late acceptance, a contradicting failure, a deferral, a 404: all change nothing
        assertThat(paid.take(succeeded("DLBK20261201000123"), DEC_1.plusSeconds(60), POLL_AFTER)).isSameAs(paid);
        assertThat(paid.take(accepted("DLBK20261201000123"), DEC_1.plusSeconds(60), POLL_AFTER)).isSameAs(paid);
        assertThat(paid.take(failed(), DEC_1.plusSeconds(60), POLL_AFTER)).isSameAs(paid);
        assertThat(paid.deferred("超时", DEC_1.plusSeconds(60))).isSameAs(paid);
        assertThat(paid.unknownToPaymentSystem(DEC_1.plusSeconds(60))).isSameAs(paid);
    }

    @Test
    void anAcceptanceArrivingAfterTheAcceptanceChangesNothing() {
        Payment accepted = queued.take(accepted("DLBK20261201000123"), DEC_1, POLL_AFTER);

        assertThat(accepted.take(accepted("DLBK20261201000123"), DEC_1.plusSeconds(30), POLL_AFTER)).isSameAs(accepted);
    }

    @Test
    void aRefusalForGoodFailsThePaymentWithThePaymentSystemsCodeAndMessage() {
        // when the payment system refuses it (422 ACCOUNT_INVALID)
        Payment refused = queued.sending(DEC_1, LEASE).take(PaymentResult.refused("ACCOUNT_INVALID", "收款账号不存在", DEC_1), DEC_1, POLL_AFTER);

        // then it failed for good, nothing paid, and its event carries the reason
        assertThat(refused.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(refused.failureCode()).isEqualTo("ACCOUNT_INVALID");
        assertThat(refused.completion(ENTITLED).payload()).isEqualTo(new SubsidyPaymentFailed(ENTITLEMENT, ENTITLED.brandId(),
                ENTITLED.applicationId(), "912102440580649631", "大连金港人力资源服务有限公司", "大连甘井子金港家政服务师劳务品牌", CertificationLevel.CITY,
                5_000_000L, BATCH, queued.reference(), "ACCOUNT_INVALID", "收款账号不存在", DEC_1));
    }

    @Test
    void aFailureWithoutCodeOrReasonIsKeptWithAnExplanation() {
        Payment failed = queued.take(new PaymentResult(PaymentStatus.FAILED, "DLBK1", 5_000_000L, null, " ", null, DEC_1), DEC_1, POLL_AFTER);

        assertThat(failed.failureCode()).isEqualTo(Payment.UNKNOWN_FAILURE_CODE);
        assertThat(failed.failureReason()).isEqualTo(Payment.UNKNOWN_FAILURE_REASON);
    }

    @Test
    void aPaymentThePaymentSystemNeverReceivedIsSentAgainAtOnceWithTheSameKey() {
        // given an accepted payment the payment system, asked, does not know (404)
        Payment accepted = queued.sending(DEC_1, LEASE).take(accepted("DLBK20261201000123"), DEC_1, POLL_AFTER);

        Payment again = accepted.unknownToPaymentSystem(DEC_1.plusSeconds(60));

        // then it is queued again, due now, under the same reference
        assertThat(again.status()).isEqualTo(PaymentStatus.QUEUED);
        assertThat(again.nextAttemptAt()).isEqualTo(DEC_1.plusSeconds(60));
        assertThat(again.reference()).isEqualTo(queued.reference());
        assertThat(again.acceptedAt()).isNull();
    }

    @Test
    void onlyAFinalPaymentHasAnEventAndOnlyAboutItsOwnEntitlement() {
        assertThatThrownBy(() -> queued.completion(ENTITLED)).isInstanceOf(IllegalStateException.class);
        Payment paid = queued.take(succeeded("DLBK1"), DEC_1, POLL_AFTER);
        Entitlement another = new Entitlement(UUID.randomUUID(), ENTITLED.brandId(), ENTITLED.applicationId(), ENTITLED.orgId(), ENTITLED.unitName(),
                ENTITLED.brandName(), CertificationLevel.PROVINCIAL, Money.yuan(100_000), EntitlementStatus.APPROVED, DEC_1, 2);
        assertThatThrownBy(() -> paid.completion(another)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSuccessWithoutTheBanksTransactionIdIsRefused() {
        assertThatThrownBy(() -> queued.take(succeeded(null), DEC_1, POLL_AFTER)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PaymentResult accepted(String transactionId) {
        return new PaymentResult(PaymentStatus.ACCEPTED, transactionId, null, null, null, DEC_1, null);
    }

    private static PaymentResult succeeded(String transactionId) {
        return new PaymentResult(PaymentStatus.SUCCEEDED, transactionId, 5_000_000L, null, null, DEC_1, null);
    }

    private static PaymentResult failed() {
        return new PaymentResult(PaymentStatus.FAILED, "DLBK20261201000123", 5_000_000L, "ACCOUNT_CLOSED", "收款账户已销户", DEC_1, DEC_1);
    }
}
