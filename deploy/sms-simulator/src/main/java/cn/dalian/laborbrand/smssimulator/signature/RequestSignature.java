package cn.dalian.laborbrand.smssimulator.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the SMS gateway's interface: {@code X-Signature} is the lowercase hex of HMAC-SHA256(secret,
 * {@code <X-Timestamp>\n<X-Nonce>\n<raw body>}), the timestamp in epoch seconds, the nonce 32 lowercase hex characters,
 * the body empty for a GET. Compared in constant time; a timestamp more than 300 seconds from the gateway's clock is
 * refused, and {@link Nonces} refuses a nonce seen before, so a captured request cannot be sent again.
 */
public final class RequestSignature {

    public static final String APP_ID_HEADER = "X-App-Id";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String NONCE_HEADER = "X-Nonce";
    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final Pattern NONCE = Pattern.compile("[0-9a-f]{32}");
    private static final String ALGORITHM = "HmacSHA256";

    /** Why a request is refused, in the words the 401 answer carries. */
    public enum Verdict {
        VALID(null),
        UNKNOWN_APP("应用标识缺失或未知（X-App-Id）"),
        MISSING("缺少签名、时间戳或随机串（X-Signature、X-Timestamp、X-Nonce）"),
        MALFORMED_TIMESTAMP("X-Timestamp 应为秒级 Unix 时间戳"),
        MALFORMED_NONCE("X-Nonce 应为32位小写十六进制随机串"),
        STALE("X-Timestamp 与短信网关时钟相差超过300秒"),
        MISMATCH("签名不符"),
        NONCE_REUSED("X-Nonce 已使用过（10分钟内不得重复）");

        private final String message;

        Verdict(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final String appId;
    private final SecretKeySpec key;

    public RequestSignature(String appId, String secret) {
        if (appId == null || appId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the app id and the shared secret must not be empty");
        }
        this.appId = appId;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String appId() {
        return appId;
    }

    /** The {@code X-Signature} of a body sent at {@code epochSeconds} with this nonce. */
    public String sign(long epochSeconds, String nonce, byte[] body) {
        return HexFormat.of().formatHex(mac(Long.toString(epochSeconds), nonce, body));
    }

    /** Checks the four headers of a request against its raw body, at {@code now}; the nonce's reuse is {@link Nonces}'. */
    public Verdict verify(String app, String timestamp, String nonce, String signature, byte[] body, Instant now) {
        if (!appId.equals(app)) {
            return Verdict.UNKNOWN_APP;
        }
        if (blank(timestamp) || blank(nonce) || blank(signature)) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        if (!NONCE.matcher(nonce).matches()) {
            return Verdict.MALFORMED_NONCE;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature);
        } catch (IllegalArgumentException notHex) {
            return Verdict.MISMATCH;
        }
        // the timestamp exactly as sent: it is part of what was signed
        return MessageDigest.isEqual(mac(timestamp, nonce, body), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private byte[] mac(String timestamp, String nonce, byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
