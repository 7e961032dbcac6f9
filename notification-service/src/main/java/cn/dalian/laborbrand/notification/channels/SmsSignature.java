package cn.dalian.laborbrand.notification.channels;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The SMS gateway's request signature: lowercase hex HMAC-SHA256(secret, {@code <timestamp>\n<nonce>\n<raw body>}). */
public final class SmsSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SmsSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the SMS gateway's shared secret is not set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature of a body (empty for a GET) sent at {@code epochSeconds} with the nonce. */
    public String sign(long epochSeconds, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((epochSeconds + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
