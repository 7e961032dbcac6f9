package cn.dalian.laborbrand.paymentsimulator.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature.Verdict;

class MerchantSignatureTest {

    private static final String MERCHANT = "dalian-hrss-laborbrand";
    private static final MerchantSignature SIGNATURE = new MerchantSignature(MERCHANT, "payment-demo-secret-2026");
    /** 2026-12-01 08:30:05 in Beijing. */
    private static final long SENT = 1_796_085_005L;
    private static final Instant NOW = Instant.ofEpochSecond(SENT);
    private static final byte[] BODY = "{\"reference\":\"9d403f61-8e50-4b12-8d43-5e6f708192a3:1\",\"amountFen\":5000000}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsTheLowercaseHexHmacOfTheTimestampADotAndTheRawBody() {
        // the expected values come from: printf '%s' "<ts>.<body>" | openssl dgst -sha256 -hmac payment-demo-secret-2026
        assertThat(SIGNATURE.sign(SENT, BODY)).isEqualTo("87a9755c71225c5eb580f23bf021f5a7a16b5611ce5e2112d83e16a70efeb1bd");
        assertThat(SIGNATURE.sign(SENT, new byte[0])).as("a GET signs an empty body")
                .isEqualTo("03371ed90e90b0f587ca352b9639b29fa8d921d3273e9bcbad86276ea0274aad");
    }

    @Test
    void aRequestSignedWithTheSharedSecretWithinFiveMinutesIsValid() {
        String signed = SIGNATURE.sign(SENT, BODY);

        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, BODY, NOW)).isEqualTo(Verdict.VALID);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, BODY, NOW.plusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, BODY, NOW.minusSeconds(300))).isEqualTo(Verdict.VALID);
    }

    @Test
    void aChangedBodyAnotherSecretOrAnotherTimestampDoNotMatch() {
        String signed = SIGNATURE.sign(SENT, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("5000000", "9000000").getBytes(StandardCharsets.UTF_8);
        String otherSecret = new MerchantSignature(MERCHANT, "another-secret").sign(SENT, BODY);

        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, changed, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), otherSecret, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT + 1), signed, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), "not hex", BODY, NOW)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsRefusedEvenWithTheRightSignature() {
        String signed = SIGNATURE.sign(SENT, BODY);

        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, BODY, NOW.plusSeconds(301))).isEqualTo(Verdict.STALE);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), signed, BODY, NOW.minusSeconds(301))).isEqualTo(Verdict.STALE);
    }

    @Test
    void missingHeadersAnUnknownMerchantAndATimestampInMillisecondsAreRefused() {
        String signed = SIGNATURE.sign(SENT, BODY);

        assertThat(SIGNATURE.verify("dalian-hrss-other", Long.toString(SENT), signed, BODY, NOW)).isEqualTo(Verdict.UNKNOWN_MERCHANT);
        assertThat(SIGNATURE.verify(null, Long.toString(SENT), signed, BODY, NOW)).isEqualTo(Verdict.UNKNOWN_MERCHANT);
        assertThat(SIGNATURE.verify(MERCHANT, null, signed, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT), null, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(SIGNATURE.verify(MERCHANT, "2026-12-01T00:30:05Z", signed, BODY, NOW)).isEqualTo(Verdict.MALFORMED_TIMESTAMP);
        assertThat(SIGNATURE.verify(MERCHANT, Long.toString(SENT * 1000), signed, BODY, NOW)).isEqualTo(Verdict.STALE);
    }
}
