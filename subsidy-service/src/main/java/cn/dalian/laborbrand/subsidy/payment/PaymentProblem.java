package cn.dalian.laborbrand.subsidy.payment;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a payment callback, or a question about a payment, is refused, each with a stable code. */
public enum PaymentProblem implements ErrorCode {
    PAYMENT_CALLBACK_SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, "Payment callback signature invalid",
            "支付结果通知的签名无效或已过期，未予受理。"),
    PAYMENT_REFERENCE_UNKNOWN(HttpStatus.NOT_FOUND, "Unknown payment reference", "本平台未发出过该业务参考号的支付。"),
    PAYMENT_AMOUNT_MISMATCH(HttpStatus.CONFLICT, "Payment amount mismatch", "支付结果通知中的金额与本平台发出的支付金额不一致，未予受理。"),
    PAYMENT_SYSTEM_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Payment system unavailable", "支付系统暂时无法查询，请稍后再试。");

    private final Text text;

    PaymentProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
