package cn.dalian.laborbrand.smssimulator.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /v1/sms/messages}. The same requestId is the same message only with the same phone number
 * and content; anything else is an idempotency conflict.
 */
public record SmsRequest(String requestId, String phoneNumber, String signName, String content) {

    public static final int MAX_REQUEST_ID_LENGTH = 64;
    /** A mainland mobile number: 11 digits, 1 then 3–9. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /**
     * Why the gateway refuses this request for good, if it does, in the order a provider checks: the fields
     * ({@code INVALID_REQUEST}, every problem named), the number, the sign name, the length.
     */
    public Optional<Refusal> refusal(String registeredSignName) {
        List<String> problems = new ArrayList<>();
        if (blank(requestId) || requestId.length() > MAX_REQUEST_ID_LENGTH) {
            problems.add("requestId 必填，1至" + MAX_REQUEST_ID_LENGTH + "个字符");
        }
        if (blank(phoneNumber)) {
            problems.add("phoneNumber 必填");
        }
        if (blank(signName)) {
            problems.add("signName 必填");
        }
        if (blank(content)) {
            problems.add("content 必填");
        }
        if (!problems.isEmpty()) {
            return Optional.of(Refusal.of("INVALID_REQUEST", String.join("；", problems)));
        }
        if (!MOBILE.matcher(phoneNumber).matches()) {
            return Optional.of(Refusal.of("INVALID_PHONE", "手机号码“" + phoneNumber + "”不是有效的中国大陆手机号"));
        }
        if (!signName.equals(registeredSignName)) {
            return Optional.of(Refusal.of("SIGN_NAME_UNKNOWN", "短信签名“" + signName + "”未报备，可用签名：" + registeredSignName));
        }
        int length = Segments.length(signName, content);
        if (length > Segments.MAX_LENGTH) {
            return Optional.of(Refusal.of("CONTENT_TOO_LONG", "短信（含签名）共" + length + "字，超过" + Segments.MAX_LENGTH + "字上限"));
        }
        return Optional.empty();
    }

    /** Whether a request with this one's requestId asks for the same message. */
    boolean sameMessage(SmsRequest other) {
        return phoneNumber.equals(other.phoneNumber) && content.equals(other.content) && signName.equals(other.signName);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
