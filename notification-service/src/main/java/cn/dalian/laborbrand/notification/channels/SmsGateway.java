package cn.dalian.laborbrand.notification.channels;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway's API: every request signed (app id, timestamp, nonce, HMAC), a message sent with the delivery's id as
 * its requestId, so that sending it again after a timeout is a harmless replay. No retries here: the delivery's back-off
 * decides when to try again; a circuit breaker ({@value #NAME}) stops pressing a gateway that is down. It never throws:
 * every way a call can end is a {@link SendResult}.
 */
@Component
@EnableConfigurationProperties(SmsProperties.class)
public class SmsGateway {

    static final String NAME = "sms-gateway";
    /** The gateway's limit for {@code 【signName】content}, in characters. */
    public static final int MAX_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);

    private final RestClient http;
    private final SmsSignature signature;
    private final SmsProperties properties;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SmsGateway(RestClient.Builder builder, SmsProperties properties, JsonMapper json, CircuitBreakerRegistry breakers, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.url()).requestFactory(requests).build();
        this.signature = new SmsSignature(properties.secret());
        this.properties = properties;
        this.json = json;
        this.breaker = breakers.circuitBreaker(NAME);
        this.clock = clock;
    }

    /** POST /v1/sms/messages. */
    record SmsRequest(String requestId, String phoneNumber, String signName, String content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SmsAnswer(String requestId, String messageId, String status, Integer segments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refusal(String code, String message) {
    }

    /** The text as the phone shows it: the sign name in 【】 before the content. */
    private String shown(String content) {
        return "【" + properties.signName() + "】" + content;
    }

    /**
     * Sends one text to one mobile number under the request id; the number is checked first and the text's length (with
     * the signature) against the gateway's limit, both permanent failures without a call.
     */
    public SendResult send(UUID requestId, String mobile, String content) {
        Optional<String> number = Addresses.mobile(mobile);
        if (number.isEmpty()) {
            return new SendResult.Permanent(null, null, "INVALID_PHONE", "手机号码格式不正确（须为11位大陆手机号），短信未发送。");
        }
        if (content == null || content.isBlank()) {
            return new SendResult.Permanent(null, null, "NO_SMS_TEXT", "该消息没有短信文本，短信未发送。");
        }
        int length = shown(content).codePointCount(0, shown(content).length());
        if (length > MAX_LENGTH) {
            return new SendResult.Permanent(null, null, "CONTENT_TOO_LONG",
                    "短信内容（含签名）共 %d 字，超过短信网关允许的 %d 字，短信未发送。".formatted(length, MAX_LENGTH));
        }
        byte[] body = json.writeValueAsBytes(new SmsRequest(requestId.toString(), number.get(), properties.signName(), content));
        try {
            SmsAnswer answer = CircuitBreaker.decorateSupplier(breaker, () -> http.post().uri("/v1/sms/messages")
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(headers -> sign(headers, body))
                    .body(body)
                    .retrieve()
                    .body(SmsAnswer.class)).get();
            if (answer == null || answer.messageId() == null) {
                return new SendResult.Transient("HTTP 200", null, "短信网关的应答缺少消息编号，稍后以同一请求号重新发送。", null);
            }
            return new SendResult.Sent("HTTP 200 " + answer.status(), "messageId=%s, segments=%s".formatted(answer.messageId(), answer.segments()),
                    answer.messageId());
        } catch (CallNotPermittedException open) {
            return new SendResult.Transient("CIRCUIT_OPEN", null, "短信网关暂时不可用（已暂停调用，稍后自动恢复），短信等待重新发送。", null);
        } catch (HttpClientErrorException refused) {
            return refusal(requestId, refused);
        } catch (HttpServerErrorException failing) {
            Refusal refusal = refusalOf(failing);
            return new SendResult.Transient(status(failing, refusal), refusal.message(),
                    "短信网关故障（HTTP %d），稍后以同一请求号重新发送。".formatted(failing.getStatusCode().value()), retryAfter(failing));
        } catch (ResourceAccessException unreachable) {
            log.warn("SMS {}: the gateway is unreachable or timed out ({})", requestId, unreachable.toString());
            return new SendResult.Transient("NO_ANSWER", unreachable.getMessage(), "无法连接短信网关或应答超时，稍后以同一请求号重新发送。", null);
        } catch (RestClientException | JacksonException unreadable) {
            return new SendResult.Transient("UNREADABLE", unreadable.getMessage(), "短信网关的应答无法识别，稍后以同一请求号重新发送。", null);
        }
    }

    /** 429 waits as long as the gateway asks; every other 4xx is about this request and fails it for good. */
    private SendResult refusal(UUID requestId, HttpClientErrorException refused) {
        Refusal refusal = refusalOf(refused);
        String status = status(refused, refusal);
        if (refused.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            return new SendResult.Transient(status, refusal.message(), "短信网关限制发送频率（同一号码60秒内超过5条），稍后重新发送。",
                    retryAfter(refused));
        }
        String code = refusal.code() == null ? "HTTP_" + refused.getStatusCode().value() : refusal.code();
        String reason = switch (code) {
            case "INVALID_PHONE" -> "短信网关认定该手机号码不是有效的大陆手机号，短信未发送。";
            case "CONTENT_TOO_LONG" -> "短信内容（含签名）超过短信网关允许的长度，短信未发送。";
            case "SIGN_NAME_UNKNOWN" -> "短信签名未在短信网关登记，短信未发送（请运维人员核对 SMS_SIGN_NAME）。";
            case "BAD_SIGNATURE" -> "短信网关不认可本平台的签名（请核对应用编号、共享密钥与服务器时钟），短信未发送。";
            case "IDEMPOTENCY_CONFLICT" -> "短信网关已用同一请求号发送过不同号码或内容的短信，本条未发送，请运维人员核查。";
            case "INVALID_REQUEST" -> "短信网关认为请求不完整或格式有误，短信未发送。";
            default -> "短信网关拒绝了该短信（HTTP %d），短信未发送。".formatted(refused.getStatusCode().value());
        };
        log.warn("SMS {} refused by the gateway: HTTP {} {}", requestId, refused.getStatusCode().value(), code);
        return new SendResult.Permanent(status, refusal.message(), code, reason);
    }

    private void sign(HttpHeaders headers, byte[] body) {
        long now = clock.instant().getEpochSecond();
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String hexNonce = HexFormat.of().formatHex(nonce);
        headers.set("X-App-Id", properties.appId());
        headers.set("X-Timestamp", Long.toString(now));
        headers.set("X-Nonce", hexNonce);
        headers.set("X-Signature", signature.sign(now, hexNonce, body));
    }

    private Refusal refusalOf(HttpStatusCodeException answer) {
        try {
            Refusal refusal = json.readValue(answer.getResponseBodyAsByteArray(), Refusal.class);
            return refusal == null ? new Refusal(null, null) : refusal;
        } catch (JacksonException unreadable) {
            return new Refusal(null, answer.getResponseBodyAsString(StandardCharsets.UTF_8));
        }
    }

    private static String status(HttpStatusCodeException answer, Refusal refusal) {
        return "HTTP " + answer.getStatusCode().value() + (refusal.code() == null ? "" : " " + refusal.code());
    }

    /** {@code Retry-After} in seconds, when given. */
    private static Duration retryAfter(HttpStatusCodeException answer) {
        HttpHeaders headers = answer.getResponseHeaders();
        String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }
}
