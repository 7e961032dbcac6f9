package cn.dalian.laborbrand.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PaymentSignatureTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:30:05Z");
    private static final byte[] NOTICE = """
            {"reference":"9d403f61-8e50-4b12-8d43-5e6f708192a3:1","transactionId":"DLBK20261201000123","status":"SUCCEEDED","amountFen":5000000}"""
            .getBytes(StandardCharsets.UTF_8);

    private final PaymentSignature signature = new PaymentSignature("payment-demo-secret-2026");

    @Test
    void theSignatureIsLowercaseHexOfHmacSha256OverTimestampDotBody() {
        // HMAC-SHA256("payment-demo-secret-2026", "1700000000." + "{}"), computed independently (openssl dgst -sha256 -hmac)
        assertThat(signature.sign(1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("c1257075a171cdd23435fa877238b613ab9ff115535f2d7ecd4551284e5f767f");
        assertThat(signature.sign(1_700_000_000L, new byte[0])).matches("[0-9a-f]{64}");
    }

    @Test
    void aCallbackSignedWithTheSharedSecretAndAFreshTimestampVerifies() {
        String timestamp = Long.toString(NOW.getEpochSecond());

        assertThat(signature.verifies(timestamp, signature.sign(NOW.getEpochSecond(), NOTICE), NOTICE, NOW.plusSeconds(299))).isTrue();
    }

    @Test
    void aCallbackWithAnotherBodyAnotherSecretOrNoSignatureIsRefused() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signed = signature.sign(NOW.getEpochSecond(), NOTICE);
        byte[] altered = new String(NOTICE, StandardCharsets.UTF_8).replace("5000000", "50000000").getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(timestamp, signed, altered, NOW)).isFalse();
        assertThat(signature.verifies(timestamp, new PaymentSignature("another-secret").sign(NOW.getEpochSecond(), NOTICE), NOTICE, NOW)).isFalse();
        assertThat(signature.verifies(timestamp, null, NOTICE, NOW)).isFalse();
        assertThat(signature.verifies(null, signed, NOTICE, NOW)).isFalse();
        assertThat(signature.verifies("yesterday", signed, NOTICE, NOW)).isFalse();
        assertThat(signature.verifies(timestamp, signed.substring(1), NOTICE, NOW)).isFalse();
    }

    @Test
    void aCallbackSignedMoreThanFiveMinutesAwayFromNowIsRefused() {
        long signedAt = NOW.getEpochSecond();
        String signed = signature.sign(signedAt, NOTICE);

        assertThat(signature.verifies(Long.toString(signedAt), signed, NOTICE, NOW.plusSeconds(301))).isFalse();
        assertThat(signature.verifies(Long.toString(signedAt), signed, NOTICE, NOW.minusSeconds(301))).isFalse();
        assertThat(signature.verifies(Long.toString(signedAt), signed, NOTICE, NOW.minusSeconds(300))).isTrue();
    }

    @Test
    void aBlankSecretIsAMistakeFoundAtStart() {
        assertThatThrownBy(() -> new PaymentSignature(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
