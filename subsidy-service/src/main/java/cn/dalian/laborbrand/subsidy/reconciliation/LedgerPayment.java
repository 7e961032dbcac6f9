package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * One payment of one entitlement as the platform knows it.
 *
 * @param reference     the idempotency key sent to the payment system, {@code <entitlement id>:<attempt>}
 * @param transactionId the payment system's own id (银行流水号), null until it accepted the payment
 * @param completedAt   when the payment system reported it SUCCEEDED or FAILED, null before
 */
public record LedgerPayment(String reference, UUID entitlementId, String unitName, String brandName, Money amount, Status status,
        String transactionId, Instant completedAt) {

    /** Where a payment stands, as the payment system reported it last. */
    public enum Status {
        /** waiting to be sent (or sent again after a timeout, with the same reference) */
        QUEUED("待发送"),
        ACCEPTED("银行已受理"),
        SUCCEEDED("已到账"),
        FAILED("支付失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The attempt its reference names (1, 2 …), 0 when the reference is not the platform's shape. */
    public int attempt() {
        int colon = reference.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(reference.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
