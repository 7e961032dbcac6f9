package cn.dalian.laborbrand.subsidy.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the payment system reports a payment's result. It holds no platform token: the request is let in without one
 * ({@link PaymentCallbackSecurity}) and trusted only when its HMAC signature over the raw body holds, with a timestamp
 * within five minutes. A notice may come more than once, late, or out of order: it is taken once (204 each time).
 */
@RestController
class PaymentCallbackController {

    static final String PATH = "/api/subsidies/payment-callbacks";

    private final PaymentService payments;
    private final PaymentSignature signature;
    private final PaymentProperties properties;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;

    PaymentCallbackController(PaymentService payments, PaymentProperties properties, JsonMapper json, Validator validator, Clock clock) {
        this.payments = payments;
        this.signature = new PaymentSignature(properties.secret());
        this.properties = properties;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** The notice as docs/payment-system-api.md specifies it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentNotice(String notificationId,
            @NotBlank(message = "缺少业务参考号（reference）。") @Size(max = 64, message = "业务参考号不超过 64 个字符。") String reference,
            @Size(max = 64, message = "银行流水号不超过 64 个字符。") String transactionId,
            @NotNull(message = "缺少支付状态（status）。") PaymentStatus status,
            @NotNull(message = "缺少金额（amountFen）。") @Positive(message = "金额应为正数（单位：分）。") Long amountFen,
            String failureCode, String failureReason, Instant completedAt, Instant sentAt) {

        @AssertTrue(message = "支付状态应为 ACCEPTED、SUCCEEDED 或 FAILED；到账通知须带银行流水号。")
        boolean isAResult() {
            return status != PaymentStatus.QUEUED && (status != PaymentStatus.SUCCEEDED || (transactionId != null && !transactionId.isBlank()));
        }

        PaymentResult result() {
            return new PaymentResult(status, transactionId, amountFen, failureCode, failureReason, null, completedAt);
        }
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "支付系统的支付结果通知（签名校验，无平台令牌）")
    public void notifyResult(@RequestHeader(name = PaymentSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = PaymentSignature.SIGNATURE_HEADER, required = false) String sent,
            @RequestHeader(name = PaymentSystemClient.MERCHANT_HEADER, required = false) String merchantId,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        boolean ours = merchantId == null || merchantId.equals(properties.merchantId());
        if (!ours || !signature.verifies(timestamp, sent, raw, clock.instant())) {
            throw new PlatformException(PaymentProblem.PAYMENT_CALLBACK_SIGNATURE_INVALID);
        }
        PaymentNotice notice = read(raw);
        payments.takeResult(notice.reference(), notice.result());
    }

    private PaymentNotice read(byte[] body) {
        PaymentNotice notice;
        try {
            notice = json.readValue(body, PaymentNotice.class);
        } catch (JacksonException unreadable) {
            throw new PlatformException(ProblemCode.MALFORMED_REQUEST, "支付结果通知不是有效的 JSON，或支付状态无法识别。");
        }
        if (notice == null) {
            throw new PlatformException(ProblemCode.MALFORMED_REQUEST, "支付结果通知为空。");
        }
        Set<ConstraintViolation<PaymentNotice>> violations = validator.validate(notice);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return notice;
    }
}
