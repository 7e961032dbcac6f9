package cn.dalian.laborbrand.subsidy.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payment system's signature, both ways: lowercase hex of HMAC-SHA256(secret, {@code <X-Timestamp>.<raw body>}), the
 * timestamp in epoch seconds. A signature is compared in constant time, and one whose timestamp is more than
 * {@link #TOLERANCE} away from now is refused, so that a recorded callback cannot be played again later.
 */
public final class PaymentSignature {

    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PaymentSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the payment system's shared secret is not set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature of a body sent at {@code epochSeconds} (an empty body for a GET). */
    public String sign(long epochSeconds, byte[] body) {
        Mac mac = mac();
        mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
        mac.update(body);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether the headers sign this body and their timestamp lies within {@link #TOLERANCE} of now. */
    public boolean verifies(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notSeconds) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(seconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
