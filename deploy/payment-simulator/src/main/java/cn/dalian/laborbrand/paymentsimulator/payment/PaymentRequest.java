package cn.dalian.laborbrand.paymentsimulator.payment;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /v1/payments}. Two requests with the same reference are the same payment only when every
 * field is equal (record equality): anything else is an idempotency conflict.
 *
 * @param amountFen a {@code Long} so that a missing amount is told apart from zero
 */
public record PaymentRequest(String reference, Long amountFen, String currency, String payeeAccountName, String payeeBankName,
        String payeeAccountNumber, String purpose, String callbackUrl) {

    /** The platform's idempotency key: {@code <entitlement id>:<attempt>}, at most 64 characters. */
    public static final int MAX_REFERENCE_LENGTH = 64;
    /** What a unit's profile accepts as its account number (application-service's ProfileRequest). */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{8,30}");
    private static final int MAX_TEXT_LENGTH = 200;

    /**
     * Why the payment system refuses this request for good, if it does: 400 {@code INVALID_REQUEST} for what is
     * missing or malformed (every problem named), 422 {@code ACCOUNT_INVALID} for an account number no bank has.
     */
    public Optional<Refusal> refusal(String idempotencyKey) {
        List<String> problems = new ArrayList<>();
        if (blank(reference) || reference.length() > MAX_REFERENCE_LENGTH) {
            problems.add("reference 必填，最长" + MAX_REFERENCE_LENGTH + "个字符");
        } else if (!reference.equals(idempotencyKey)) {
            problems.add("请求头 Idempotency-Key 必须与 reference 相同");
        }
        if (amountFen == null || amountFen <= 0) {
            problems.add("amountFen 必须是正整数（单位：分）");
        }
        if (!"CNY".equals(currency)) {
            problems.add("currency 只支持 CNY");
        }
        text(payeeAccountName, "payeeAccountName（收款人户名）", problems);
        text(payeeBankName, "payeeBankName（收款人开户行）", problems);
        text(purpose, "purpose（摘要）", problems);
        if (blank(payeeAccountNumber)) {
            problems.add("payeeAccountNumber（收款人账号）必填");
        }
        if (!isHttpUrl(callbackUrl)) {
            problems.add("callbackUrl 必须是完整的 http(s) 地址");
        }
        if (!problems.isEmpty()) {
            return Optional.of(Refusal.invalidRequest(String.join("；", problems)));
        }
        if (!ACCOUNT_NUMBER.matcher(payeeAccountNumber).matches()) {
            return Optional.of(Refusal.accountInvalid("收款人账号应为 8 至 30 位数字"));
        }
        return Optional.empty();
    }

    private static void text(String value, String field, List<String> problems) {
        if (blank(value) || value.length() > MAX_TEXT_LENGTH) {
            problems.add(field + "必填，最长" + MAX_TEXT_LENGTH + "个字符");
        }
    }

    private static boolean isHttpUrl(String value) {
        if (blank(value)) {
            return false;
        }
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
