package cn.dalian.laborbrand.subsidy.payment;

import java.time.Instant;

/**
 * What the payment system says about a payment, in its answer to a send, to a question, or in a callback: its status
 * (ACCEPTED, SUCCEEDED or FAILED), its own transaction id, and when it accepted and completed it.
 *
 * @param amountFen the amount it holds, when it says (a callback and a question do; checked against the payment's)
 */
public record PaymentResult(PaymentStatus status, String transactionId, Long amountFen, String failureCode, String failureReason,
        Instant acceptedAt, Instant completedAt) {

    public PaymentResult {
        if (status == null || status == PaymentStatus.QUEUED) {
            throw new IllegalArgumentException("the payment system answers ACCEPTED, SUCCEEDED or FAILED, not " + status);
        }
    }

    /** A refusal for good (400, 422): the payment FAILED with the payment system's code and message. */
    public static PaymentResult refused(String code, String message, Instant at) {
        return new PaymentResult(PaymentStatus.FAILED, null, null, code, message, null, at);
    }
}
