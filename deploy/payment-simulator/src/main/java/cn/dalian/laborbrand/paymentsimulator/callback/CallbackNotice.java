package cn.dalian.laborbrand.paymentsimulator.callback;

import java.time.Instant;

import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;

/** The body of the result notice POSTed to a payment's callbackUrl. */
public record CallbackNotice(String notificationId, String reference, String transactionId, PaymentStatus status, long amountFen,
        String failureCode, String failureReason, Instant completedAt, Instant sentAt) {

    public static CallbackNotice of(Payment payment, Instant sentAt) {
        return new CallbackNotice(payment.notificationId(), payment.reference(), payment.transactionId(), payment.status(),
                payment.amountFen(), payment.failureCode(), payment.failureReason(), payment.completedAt(), sentAt);
    }
}
