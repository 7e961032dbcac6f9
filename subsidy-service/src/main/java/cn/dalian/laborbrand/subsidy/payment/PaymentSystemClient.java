package cn.dalian.laborbrand.subsidy.payment;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The treasury's payment system, as docs/payment-system-api.md specifies it: every request signed, a payment sent with its
 * reference as the idempotency key. Retried with exponential back-off only where that is safe — a timeout, a refused
 * connection, a 5xx: the key makes a second send of an accepted payment a harmless replay — never after a 4xx; a circuit
 * breaker ({@value #NAME}) stops pressing a payment system that is down. It never throws: every way a call can end is a
 * {@link Reply}.
 */
@Component
class PaymentSystemClient {

    static final String NAME = "payment-system";
    static final String MERCHANT_HEADER = "X-Merchant-Id";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(PaymentSystemClient.class);

    private final RestClient http;
    private final PaymentSignature signature;
    private final PaymentProperties properties;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Clock clock;

    PaymentSystemClient(RestClient.Builder builder, PaymentProperties properties, JsonMapper json, CircuitBreakerRegistry breakers,
            RetryRegistry retries, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.url()).requestFactory(requests).build();
        this.signature = new PaymentSignature(properties.secret());
        this.properties = properties;
        this.json = json;
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
        this.clock = clock;
    }

    /** How a call to the payment system ended. */
    sealed interface Reply {
    }

    /** It answered with the payment's status (accepted, or already final), or refused it for good (FAILED). */
    record Answered(PaymentResult result) implements Reply {
    }

    /** Asked for a payment it never received (404): sending it again is safe. */
    record NeverReceived() implements Reply {
    }

    /** No usable answer (unreachable, timed out, 5xx, breaker open, 401, 409 …): the payment waits, for the reason given. */
    record NoAnswer(String reason) implements Reply {
    }

    /** POST /v1/payments, body as specified. */
    record PaymentRequest(String reference, long amountFen, String currency, String payeeAccountName, String payeeBankName,
            String payeeAccountNumber, String purpose, String callbackUrl) {
    }

    /** The payment system's view of a payment (its answer to a send or a question). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentAnswer(String reference, String transactionId, String status, Long amountFen, String failureCode, String failureReason,
            Instant acceptedAt, Instant completedAt) {

        PaymentResult result() {
            return new PaymentResult(PaymentStatus.valueOf(status), transactionId, amountFen, failureCode, failureReason, acceptedAt, completedAt);
        }
    }

    /** The payment system's refusal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refusal(String code, String message) {
    }

    /** Sends the payment with its reference as the idempotency key; a second send of the same payment is a replay. */
    Reply send(Payment payment) {
        PaymentOrder order = payment.order();
        byte[] body = json.writeValueAsBytes(new PaymentRequest(payment.reference(), order.amount().fen(), "CNY", order.payee().accountName(),
                order.payee().bankName(), order.payee().number(), payment.purpose(), properties.callbackUrl()));
        return call(payment.reference(), () -> http.post().uri("/v1/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .header(IDEMPOTENCY_HEADER, payment.reference())
                .headers(headers -> sign(headers, body))
                .body(body)
                .retrieve()
                .toEntity(PaymentAnswer.class));
    }

    /** Asks for the payment's result (GET /v1/payments/{reference}). */
    Reply ask(String reference) {
        // written as it is: a reference (<uuid>:<n>) holds only characters a path allows, the ':' included, which a URI
        // variable would have encoded as %3A
        return call(reference, () -> http.get().uri("/v1/payments/" + reference)
                .headers(headers -> sign(headers, new byte[0]))
                .retrieve()
                .toEntity(PaymentAnswer.class));
    }

    private void sign(HttpHeaders headers, byte[] body) {
        long now = clock.instant().getEpochSecond();
        headers.set(MERCHANT_HEADER, properties.merchantId());
        headers.set(PaymentSignature.TIMESTAMP_HEADER, Long.toString(now));
        headers.set(PaymentSignature.SIGNATURE_HEADER, signature.sign(now, body));
    }

    private Reply call(String reference, Supplier<ResponseEntity<PaymentAnswer>> request) {
        try {
            PaymentAnswer answer = CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, request)).get().getBody();
            if (answer == null || answer.status() == null) {
                return noAnswer(reference, "支付系统的应答缺少支付状态。", null);
            }
            return new Answered(answer.result());
        } catch (CallNotPermittedException open) {
            return new NoAnswer("支付系统暂时不可用（已暂停调用，稍后自动恢复），该笔支付等待重新发送。");
        } catch (HttpClientErrorException refused) {
            return refusal(reference, refused);
        } catch (HttpServerErrorException failing) {
            return noAnswer(reference, "支付系统故障（HTTP %d），稍后以同一业务参考号重新发送。".formatted(failing.getStatusCode().value()), failing);
        } catch (ResourceAccessException unreachable) {
            return noAnswer(reference, "无法连接支付系统或应答超时，是否已受理未知，稍后以同一业务参考号重新发送。", unreachable);
        } catch (RestClientException | IllegalArgumentException unreadable) {
            return noAnswer(reference, "支付系统的应答无法识别，稍后重试。", unreadable);
        }
    }

    /** 400 and 422 refuse the payment for good; 404 on a question means never received; anything else is not the payment's fault. */
    private Reply refusal(String reference, HttpClientErrorException refused) {
        int status = refused.getStatusCode().value();
        if (status == HttpStatus.NOT_FOUND.value()) {
            return new NeverReceived();
        }
        Refusal refusal = refusalOf(refused);
        if (status == HttpStatus.BAD_REQUEST.value() || status == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
            return new Answered(PaymentResult.refused(refusal.code(), refusal.message(), clock.instant()));
        }
        String reason = switch (status) {
            case 401 -> "支付系统不认可本平台的签名（请核对共享密钥与服务器时钟），该笔支付等待重新发送。";
            case 409 -> "支付系统报告同一业务参考号的支付内容不一致（%s），该笔支付暂停，请运维人员核查。".formatted(refusal.code());
            default -> "支付系统拒绝了请求（HTTP %d %s），该笔支付等待重新发送。".formatted(status, refusal.code());
        };
        log.error("the payment system refused {} with HTTP {}: {}", reference, status, refused.getResponseBodyAsString(StandardCharsets.UTF_8));
        return new NoAnswer(reason);
    }

    private Refusal refusalOf(HttpClientErrorException refused) {
        try {
            Refusal refusal = json.readValue(refused.getResponseBodyAsByteArray(), Refusal.class);
            return refusal == null ? new Refusal(null, null) : refusal;
        } catch (JacksonException unreadable) {
            return new Refusal(null, null);
        }
    }

    private static NoAnswer noAnswer(String reference, String reason, Exception cause) {
        log.warn("payment {}: {} ({})", reference, reason, cause == null ? "no status" : cause.toString());
        return new NoAnswer(reason);
    }
}
