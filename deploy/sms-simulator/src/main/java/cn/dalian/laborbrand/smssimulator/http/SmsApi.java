package cn.dalian.laborbrand.smssimulator.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.smssimulator.message.Message;
import cn.dalian.laborbrand.smssimulator.message.MessageBook;
import cn.dalian.laborbrand.smssimulator.message.MessageBook.Acceptance;
import cn.dalian.laborbrand.smssimulator.message.Refusal;
import cn.dalian.laborbrand.smssimulator.message.SmsRequest;
import cn.dalian.laborbrand.smssimulator.signature.Nonces;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature.Verdict;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;

/**
 * The SMS gateway's interface, {@code /v1/**}, exactly as notification-service/docs/sms-gateway-api.md specifies it:
 * every request signed, {@code POST /v1/sms/messages} idempotent by requestId, {@code GET /v1/sms/messages/{messageId}}.
 */
public final class SmsApi {

    /** How the gateway calls itself in its answers. */
    public static final String SYSTEM_NAME = "短信网关";

    private static final System.Logger LOG = System.getLogger(SmsApi.class.getName());
    private static final String MESSAGES = "/v1/sms/messages";

    /** The answer to a POST, the first and every repeated one. */
    record SentAnswer(String requestId, String messageId, Message.Status status, int segments, Instant acceptedAt) {
    }

    /** The answer to a poll. */
    record MessageAnswer(String messageId, String requestId, Message.Status status, int segments, Instant acceptedAt) {
    }

    private final MessageBook book;
    private final RequestSignature signature;
    private final Nonces nonces;
    private final String signName;
    private final Failures failures;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SmsApi(MessageBook book, RequestSignature signature, Nonces nonces, String signName, Failures failures,
            ObjectMapper mapper, Clock clock) {
        this.book = book;
        this.signature = signature;
        this.nonces = nonces;
        this.signName = signName;
        this.failures = failures;
        this.mapper = mapper;
        this.clock = clock;
    }

    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = Exchanges.body(exchange);
        Headers headers = exchange.getRequestHeaders();
        String nonce = headers.getFirst(RequestSignature.NONCE_HEADER);
        Verdict verdict = signature.verify(headers.getFirst(RequestSignature.APP_ID_HEADER), headers.getFirst(RequestSignature.TIMESTAMP_HEADER),
                nonce, headers.getFirst(RequestSignature.SIGNATURE_HEADER), body, clock.instant());
        // only a validly signed request uses its nonce up: a forger cannot block the platform's next one
        if (verdict == Verdict.VALID && !nonces.firstUse(nonce)) {
            verdict = Verdict.NONCE_REUSED;
        }
        if (verdict != Verdict.VALID) {
            throw new Refused(401, "BAD_SIGNATURE", verdict.message());
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(MESSAGES)) {
            Exchanges.requireMethod(exchange, "POST");
            send(exchange, body);
        } else if (path.startsWith(MESSAGES + "/") && path.length() > MESSAGES.length() + 1) {
            Exchanges.requireMethod(exchange, "GET");
            poll(exchange, path.substring(MESSAGES.length() + 1));
        } else {
            throw Exchanges.notFound();
        }
    }

    private void send(HttpExchange exchange, byte[] body) throws IOException {
        Optional<Integer> injected = failures.takeOne();
        if (injected.isPresent()) {
            throw injected.get() == 400 ? new Refused(400, "INVALID_REQUEST", "模拟的请求错误（/simulator/failures）")
                    : new Refused(injected.get(), "INTERNAL_ERROR", "模拟的网关故障（/simulator/failures）");
        }
        SmsRequest request = Exchanges.parse(body, mapper, SmsRequest.class);
        Optional<Refusal> refusal = request.refusal(signName);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get().status(), refusal.get().code(), refusal.get().message());
        }
        Acceptance acceptance = book.accept(request);
        Message message = acceptance.message();
        switch (acceptance.outcome()) {
            case ACCEPTED, DUPLICATE -> {
                LOG.log(System.Logger.Level.INFO, "{0} {1} ({2}) to {3}, {4} segment(s)", acceptance.outcome(), message.messageId(),
                        message.requestId(), message.phoneNumber(), message.segments());
                Exchanges.json(exchange, mapper, 200, new SentAnswer(message.requestId(), message.messageId(), Message.Status.ACCEPTED,
                        message.segments(), message.acceptedAt()));
            }
            case CONFLICT -> throw new Refused(409, "IDEMPOTENCY_CONFLICT",
                    "requestId " + request.requestId() + " 已用于另一条短信（" + message.messageId() + "，号码或内容不同），本次未发送");
            case RATE_LIMITED -> {
                Exchanges.retryAfter(exchange, acceptance.retryAfter());
                throw new Refused(429, "RATE_LIMITED", "号码 " + request.phoneNumber() + " 在" + MessageBook.RATE_WINDOW.toSeconds() + "秒内已收到"
                        + MessageBook.RATE_LIMIT + "条短信，请稍后再发");
            }
        }
    }

    private void poll(HttpExchange exchange, String messageId) throws IOException {
        Message message = book.find(messageId).orElseThrow(() -> new Refused(404, "NOT_FOUND", "没有短信 " + messageId));
        Exchanges.json(exchange, mapper, 200, new MessageAnswer(message.messageId(), message.requestId(), message.statusAt(clock.instant()),
                message.segments(), message.acceptedAt()));
    }
}
