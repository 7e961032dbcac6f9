package cn.dalian.laborbrand.paymentsimulator.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the payment system's interface, in both directions: {@code X-Signature} is the lowercase hex of
 * HMAC-SHA256(secret, {@code <X-Timestamp>.<raw body>}), the timestamp in epoch seconds, the body empty for a GET.
 * A receiver compares in constant time and refuses a timestamp more than 300 seconds away from its clock, so a
 * captured request cannot be replayed later.
 */
public final class MerchantSignature {

    public static final String MERCHANT_HEADER = "X-Merchant-Id";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final String ALGORITHM = "HmacSHA256";

    /** Why a request is refused, in the words the 401 answer carries. */
    public enum Verdict {
        VALID(null),
        UNKNOWN_MERCHANT("商户号缺失或未知（X-Merchant-Id）"),
        MISSING("缺少签名或时间戳（X-Signature、X-Timestamp）"),
        MALFORMED_TIMESTAMP("X-Timestamp 应为秒级 Unix 时间戳"),
        STALE("X-Timestamp 与支付系统时钟相差超过300秒"),
        MISMATCH("签名不符");

        private final String message;

        Verdict(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final String merchantId;
    private final SecretKeySpec key;

    public MerchantSignature(String merchantId, String secret) {
        if (merchantId == null || merchantId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the merchant id and the shared secret must not be empty");
        }
        this.merchantId = merchantId;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String merchantId() {
        return merchantId;
    }

    /** The {@code X-Signature} of a body sent at {@code epochSeconds}. */
    public String sign(long epochSeconds, byte[] body) {
        return HexFormat.of().formatHex(mac(Long.toString(epochSeconds), body));
    }

    /** Checks the three headers of a request or callback against its raw body, at {@code now}. */
    public Verdict verify(String merchant, String timestamp, String signature, byte[] body, Instant now) {
        if (!merchantId.equals(merchant)) {
            return Verdict.UNKNOWN_MERCHANT;
        }
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException notHex) {
            return Verdict.MISMATCH;
        }
        // the timestamp exactly as sent: it is part of what was signed
        return MessageDigest.isEqual(mac(timestamp.strip(), body), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private byte[] mac(String timestamp, byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
