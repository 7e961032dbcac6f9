package cn.dalian.laborbrand.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SmsSignatureTest {

    @Test
    void theSignatureIsTheHmacOfTimestampNonceAndBodyAsOpensslComputesIt() {
        // given the demo secret and a request as the gateway receives it
        String body = "{\"requestId\":\"8d7e3c1a-0000-4000-8000-000000000001\",\"phoneNumber\":\"13940912345\",\"signName\":\"大连人社\","
                + "\"content\":\"您的申报书需补充材料\"}";

        // when it is signed
        String signature = new SmsSignature("sms-demo-secret-2026").sign(1764570000L, "0123456789abcdef0123456789abcdef",
                body.getBytes(StandardCharsets.UTF_8));

        // then it is what openssl computes:
        // printf '1764570000\n0123456789abcdef0123456789abcdef\n<body>' | openssl dgst -sha256 -hmac sms-demo-secret-2026 -hex
        assertThat(signature).isEqualTo("fa950c0099db9c0697de097e7b16443e7ab389de930db87e1f89bf760d977b5b");
    }

    @Test
    void aMissingSecretIsAConfigurationErrorAtStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsSignature(" "));
    }
}
