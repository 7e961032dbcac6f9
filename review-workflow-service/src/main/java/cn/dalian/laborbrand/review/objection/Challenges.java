package cn.dalian.laborbrand.review.objection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A simple check that a person, not a script, sends an objection: a sum in words (「7 加 5 等于几？」) and a token that
 * carries, signed with the service's key, when it expires and a keyed digest of the answer. The service keeps nothing
 * until the answer comes back; a token answered right is spent and cannot be used again while it would be valid.
 */
final class Challenges {

    /** A question for the person and the token the answer goes back with. */
    record Issued(String question, String token, Instant expiresAt) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration validity;
    private final RandomGenerator random;
    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    Challenges(String secret, Duration validity, RandomGenerator random) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.validity = validity;
        this.random = random;
    }

    Issued issue(Instant now) {
        int first = 1 + random.nextInt(9);
        int second = 1 + random.nextInt(9);
        boolean add = first < second || random.nextBoolean();
        int answer = add ? first + second : first - second;
        Instant expiresAt = now.plus(validity);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = expiresAt.getEpochSecond() + "." + ENCODER.encodeToString(nonce) + "." + answerMac(nonce, String.valueOf(answer));
        return new Issued(first + (add ? " 加 " : " 减 ") + second + " 等于几？", body + "." + mac("token:" + body), expiresAt);
    }

    /** Spends the token when the answer is right; refuses a forged, expired, spent or wrongly answered one. */
    void verify(String token, String answer, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 4 || !Digests.same(parts[3], mac("token:" + parts[0] + "." + parts[1] + "." + parts[2]))) {
            throw new PlatformException(ObjectionProblem.CHALLENGE_EXPIRED);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        if (!now.isBefore(expiresAt)) {
            throw new PlatformException(ObjectionProblem.CHALLENGE_EXPIRED);
        }
        if (!Digests.same(parts[2], answerMac(DECODER.decode(parts[1]), normalised(answer)))) {
            throw new PlatformException(ObjectionProblem.CHALLENGE_FAILED);
        }
        spent.values().removeIf(expiry -> !now.isBefore(expiry));
        if (spent.putIfAbsent(parts[1], expiresAt) != null) {
            throw new PlatformException(ObjectionProblem.CHALLENGE_EXPIRED);
        }
    }

    /** The digits typed, full-width ones (１２) as ASCII, spaces gone. */
    private static String normalised(String answer) {
        StringBuilder digits = new StringBuilder();
        for (char c : (answer == null ? "" : answer.strip()).toCharArray()) {
            digits.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return digits.toString().replaceFirst("^0+(?=\\d)", "");
    }

    private String answerMac(byte[] nonce, String answer) {
        return mac("answer:" + ENCODER.encodeToString(nonce) + ":" + answer);
    }

    private String mac(String text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return ENCODER.encodeToString(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
