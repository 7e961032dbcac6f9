package cn.dalian.laborbrand.paymentsimulator.payment;

/**
 * How an accepted payment ends. Every payment succeeds, except one to an account number ending in {@code 0000}:
 * the simulator's documented way to show a failure, as a bank would report a closed account.
 */
public record Settlement(PaymentStatus status, String failureCode, String failureReason) {

    static final String CLOSED_ACCOUNT_SUFFIX = "0000";

    public static Settlement of(PaymentRequest request) {
        if (request.payeeAccountNumber().endsWith(CLOSED_ACCOUNT_SUFFIX)) {
            return new Settlement(PaymentStatus.FAILED, "ACCOUNT_CLOSED", "收款账户已销户");
        }
        return new Settlement(PaymentStatus.SUCCEEDED, null, null);
    }
}
