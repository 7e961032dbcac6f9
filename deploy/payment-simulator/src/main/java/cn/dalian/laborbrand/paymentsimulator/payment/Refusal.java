package cn.dalian.laborbrand.paymentsimulator.payment;

/** A request the payment system refuses for good: the HTTP status, the stable code and a Chinese message. */
public record Refusal(int status, String code, String message) {

    public static Refusal invalidRequest(String message) {
        return new Refusal(400, "INVALID_REQUEST", message);
    }

    public static Refusal accountInvalid(String message) {
        return new Refusal(422, "ACCOUNT_INVALID", message);
    }
}
