package cn.dalian.laborbrand.paymentsimulator.payment;

/** A payment's state at the payment system: accepted, then settled once, for good. */
public enum PaymentStatus {
    ACCEPTED,
    SUCCEEDED,
    FAILED;

    public boolean isFinal() {
        return this != ACCEPTED;
    }
}
