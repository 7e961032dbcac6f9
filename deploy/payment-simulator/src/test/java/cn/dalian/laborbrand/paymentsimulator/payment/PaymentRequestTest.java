package cn.dalian.laborbrand.paymentsimulator.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentRequestTest {

    private static final String CALLBACK = "http://127.0.0.1:8080/api/subsidies/payment-callbacks";

    @Test
    void aCompleteRequestWhoseIdempotencyKeyIsItsReferenceIsTaken() {
        assertThat(Samples.jingang(CALLBACK).refusal(Samples.JINGANG_REFERENCE)).isEmpty();
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedInOneInvalidRequest() {
        PaymentRequest request = new PaymentRequest(Samples.JINGANG_REFERENCE, 0L, "USD", " ", "中国工商银行大连星海支行", null,
                "2026年度劳务品牌一次性奖补资金", "/api/subsidies/payment-callbacks");

        Refusal refusal = request.refusal(Samples.JINGANG_REFERENCE).orElseThrow();

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.code()).isEqualTo("INVALID_REQUEST");
        assertThat(refusal.message()).contains("amountFen", "currency", "payeeAccountName", "payeeAccountNumber", "callbackUrl")
                .doesNotContain("payeeBankName", "purpose");
    }

    @Test
    void theIdempotencyKeyMustBeTheReference() {
        assertThat(Samples.jingang(CALLBACK).refusal(null).orElseThrow().message()).contains("Idempotency-Key");
        assertThat(Samples.jingang(CALLBACK).refusal(Samples.HAIWAN_REFERENCE).orElseThrow().code()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void aReferenceLongerThanSixtyFourCharactersIsRefused() {
        String longReference = "9d403f61-8e50-4b12-8d43-5e6f708192a3:1".repeat(2);
        PaymentRequest request = new PaymentRequest(longReference, 5_000_000L, "CNY", "大连金港人力资源服务有限公司", "中国工商银行大连星海支行",
                "3400200109100012345", "2026年度劳务品牌一次性奖补资金", CALLBACK);

        assertThat(request.refusal(longReference).orElseThrow().message()).contains("reference");
    }

    @Test
    void anAccountNumberThatIsNotEightToThirtyDigitsIsAnInvalidAccountNotAMalformedRequest() {
        PaymentRequest request = new PaymentRequest(Samples.JINGANG_REFERENCE, 5_000_000L, "CNY", "大连金港人力资源服务有限公司",
                "中国工商银行大连星海支行", "3400-2001-0910-0012", "2026年度劳务品牌一次性奖补资金", CALLBACK);

        Refusal refusal = request.refusal(Samples.JINGANG_REFERENCE).orElseThrow();

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.code()).isEqualTo("ACCOUNT_INVALID");
    }
}
