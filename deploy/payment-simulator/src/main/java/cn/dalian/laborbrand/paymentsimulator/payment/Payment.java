package cn.dalian.laborbrand.paymentsimulator.payment;

import java.time.Instant;

/**
 * One payment as the payment system keeps it, with what the operator view counts: the POSTs that carried its
 * reference (the first, replays) and the conflicting ones, the callbacks sent and acknowledged.
 *
 * @param notificationId the id of its result notice, the same on every delivery of it; null until settled
 */
public record Payment(PaymentRequest request, String transactionId, PaymentStatus status, Instant acceptedAt, Instant completedAt,
        String failureCode, String failureReason, String notificationId, int received, int conflicts, int callbacksSent,
        int callbacksAcknowledged) {

    static Payment accepted(PaymentRequest request, String transactionId, Instant at) {
        return new Payment(request, transactionId, PaymentStatus.ACCEPTED, at, null, null, null, null, 1, 0, 0, 0);
    }

    public String reference() {
        return request.reference();
    }

    public long amountFen() {
        return request.amountFen();
    }

    /** Settled, and no delivery of the result was acknowledged yet while attempts are left. */
    public boolean awaitsCallback(int maxAttempts) {
        return status.isFinal() && callbacksAcknowledged == 0 && callbacksSent < maxAttempts;
    }

    Payment replayed() {
        return new Payment(request, transactionId, status, acceptedAt, completedAt, failureCode, failureReason, notificationId,
                received + 1, conflicts, callbacksSent, callbacksAcknowledged);
    }

    Payment conflicted() {
        return new Payment(request, transactionId, status, acceptedAt, completedAt, failureCode, failureReason, notificationId,
                received, conflicts + 1, callbacksSent, callbacksAcknowledged);
    }

    Payment settled(Settlement settlement, Instant at, String notification) {
        return new Payment(request, transactionId, settlement.status(), acceptedAt, at, settlement.failureCode(),
                settlement.failureReason(), notification, received, conflicts, callbacksSent, callbacksAcknowledged);
    }

    Payment callbackAnswered(boolean acknowledged) {
        return new Payment(request, transactionId, status, acceptedAt, completedAt, failureCode, failureReason, notificationId,
                received, conflicts, callbacksSent + 1, callbacksAcknowledged + (acknowledged ? 1 : 0));
    }
}
