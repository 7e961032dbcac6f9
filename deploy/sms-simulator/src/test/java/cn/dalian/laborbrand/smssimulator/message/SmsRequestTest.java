package cn.dalian.laborbrand.smssimulator.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsRequestTest {

    @Test
    void aMessageToAMainlandMobileWithTheRegisteredSignNameIsTaken() {
        assertThat(Samples.decision().refusal(Samples.SIGN_NAME)).isEmpty();
        assertThat(Samples.newCase().refusal(Samples.SIGN_NAME)).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        Refusal refusal = new SmsRequest(" ", null, "", null).refusal(Samples.SIGN_NAME).orElseThrow();

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.code()).isEqualTo("INVALID_REQUEST");
        assertThat(refusal.message()).contains("requestId", "phoneNumber", "signName", "content");
        assertThat(new SmsRequest("x".repeat(65), Samples.JINGANG_PHONE, Samples.SIGN_NAME, "您好").refusal(Samples.SIGN_NAME).orElseThrow()
                .message()).contains("64");
    }

    @Test
    void onlyElevenDigitMainlandMobileNumbersAreTaken() {
        for (String phone : new String[] {"0411-84312345", "12940912345", "1394091234", "139409123456", "+8613940912345", "1394091234x"}) {
            assertThat(withPhone(phone).refusal(Samples.SIGN_NAME)).as(phone).hasValueSatisfying(refusal -> {
                assertThat(refusal.code()).isEqualTo("INVALID_PHONE");
                assertThat(refusal.status()).isEqualTo(400);
            });
        }
        assertThat(withPhone("19912345678").refusal(Samples.SIGN_NAME)).isEmpty();
    }

    @Test
    void aSignNameOtherThanTheRegisteredOneIsRefused() {
        SmsRequest other = new SmsRequest("r-1", Samples.JINGANG_PHONE, "大连人力资源", "您好");

        assertThat(other.refusal(Samples.SIGN_NAME).orElseThrow().code()).isEqualTo("SIGN_NAME_UNKNOWN");
    }

    @Test
    void moreThanFiveHundredCharactersWithTheSignNameIsTooLong() {
        assertThat(withContent("审".repeat(494)).refusal(Samples.SIGN_NAME)).as("500 with 【大连人社】").isEmpty();

        Refusal refusal = withContent("审".repeat(495)).refusal(Samples.SIGN_NAME).orElseThrow();

        assertThat(refusal.code()).isEqualTo("CONTENT_TOO_LONG");
        assertThat(refusal.message()).contains("501");
    }

    private static SmsRequest withPhone(String phone) {
        return new SmsRequest("r-1", phone, Samples.SIGN_NAME, "您好");
    }

    private static SmsRequest withContent(String content) {
        return new SmsRequest("r-1", Samples.JINGANG_PHONE, Samples.SIGN_NAME, content);
    }
}
