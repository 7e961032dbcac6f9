package cn.dalian.laborbrand.smssimulator.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.simulatorkit.MutableClock;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature.Verdict;

class RequestSignatureTest {

    private static final String APP = "dalian-hrss-laborbrand";
    private static final RequestSignature SIGNATURE = new RequestSignature(APP, "sms-demo-secret-2026");
    /** 2026-12-01 08:30:05 in Beijing. */
    private static final long SENT = 1_796_085_005L;
    private static final Instant NOW = Instant.ofEpochSecond(SENT);
    private static final String NONCE = "9f86d081884c7d659a2feaa0c55ad015";
    private static final byte[] BODY = "{\"requestId\":\"notice-7c1e:sms\",\"phoneNumber\":\"13940912345\",\"signName\":\"大连人社\",\"content\":\"您的申报已通过区级审核。\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsTheLowercaseHexHmacOfTheTimestampTheNonceAndTheRawBodyOnLinesOfTheirOwn() {
        // the expected values come from: printf '%s\n%s\n%s' "<ts>" "<nonce>" "<body>" | openssl dgst -sha256 -hmac sms-demo-secret-2026
        assertThat(SIGNATURE.sign(SENT, NONCE, BODY)).isEqualTo("01122eaf15abbfd6571e3e73e9a8cebbc862bdb874c9340282e0f9f4683436e0");
        assertThat(SIGNATURE.sign(SENT, NONCE, new byte[0])).as("a GET signs an empty body")
                .isEqualTo("3b45dac4c5f3437f5f0eca4b1b8b85b2e671d2928ea305f030cf320aa1aaf41e");
    }

    @Test
    void aRequestSignedWithTheSharedSecretWithinFiveMinutesIsValid() {
        String signed = SIGNATURE.sign(SENT, NONCE, BODY);

        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, BODY, NOW)).isEqualTo(Verdict.VALID);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, BODY, NOW.plusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, BODY, NOW.minusSeconds(300))).isEqualTo(Verdict.VALID);
    }

    @Test
    void aChangedBodyNonceOrTimestampOrAnotherSecretDoNotMatch() {
        String signed = SIGNATURE.sign(SENT, NONCE, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("13940912345", "13940954321").getBytes(StandardCharsets.UTF_8);
        String otherSecret = new RequestSignature(APP, "another-secret").sign(SENT, NONCE, BODY);

        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, changed, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, otherSecret, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT + 1), NONCE, signed, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), "0f86d081884c7d659a2feaa0c55ad015", signed, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, "not hex", BODY, NOW)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsRefusedEvenWithTheRightSignature() {
        String signed = SIGNATURE.sign(SENT, NONCE, BODY);

        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, BODY, NOW.plusSeconds(301))).isEqualTo(Verdict.STALE);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, signed, BODY, NOW.minusSeconds(301))).isEqualTo(Verdict.STALE);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT * 1000), NONCE, signed, BODY, NOW)).as("milliseconds").isEqualTo(Verdict.STALE);
    }

    @Test
    void missingHeadersAnotherAppAndMalformedTimestampsOrNoncesAreRefused() {
        String signed = SIGNATURE.sign(SENT, NONCE, BODY);

        assertThat(SIGNATURE.verify("dalian-hrss-other", Long.toString(SENT), NONCE, signed, BODY, NOW)).isEqualTo(Verdict.UNKNOWN_APP);
        assertThat(SIGNATURE.verify(null, Long.toString(SENT), NONCE, signed, BODY, NOW)).isEqualTo(Verdict.UNKNOWN_APP);
        assertThat(SIGNATURE.verify(APP, null, NONCE, signed, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), null, signed, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE, null, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(SIGNATURE.verify(APP, "2026-12-01T00:30:05Z", NONCE, signed, BODY, NOW)).isEqualTo(Verdict.MALFORMED_TIMESTAMP);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), NONCE.toUpperCase(), signed, BODY, NOW)).isEqualTo(Verdict.MALFORMED_NONCE);
        assertThat(SIGNATURE.verify(APP, Long.toString(SENT), "abc123", signed, BODY, NOW)).isEqualTo(Verdict.MALFORMED_NONCE);
    }

    @Test
    void aNonceIsUsedOnceWithinTenMinutesAndForgottenAfter() {
        MutableClock clock = new MutableClock(NOW);
        Nonces nonces = new Nonces(clock);

        assertThat(nonces.firstUse(NONCE)).isTrue();
        clock.now = NOW.plusSeconds(599);
        assertThat(nonces.firstUse(NONCE)).as("replayed within the window").isFalse();
        assertThat(nonces.firstUse("0f86d081884c7d659a2feaa0c55ad015")).isTrue();
        clock.now = NOW.plusSeconds(601);
        assertThat(nonces.firstUse(NONCE)).as("its timestamp is stale long before").isTrue();
    }
}
