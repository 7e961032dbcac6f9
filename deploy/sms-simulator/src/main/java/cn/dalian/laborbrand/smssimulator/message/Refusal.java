package cn.dalian.laborbrand.smssimulator.message;

/** A request the gateway refuses for good: the HTTP status, the stable code and a Chinese message. */
public record Refusal(int status, String code, String message) {

    static Refusal of(String code, String message) {
        return new Refusal(400, code, message);
    }
}
