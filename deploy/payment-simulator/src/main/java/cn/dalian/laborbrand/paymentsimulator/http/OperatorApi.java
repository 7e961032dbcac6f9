package cn.dalian.laborbrand.paymentsimulator.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.paymentsimulator.callback.CallbackClient.Delivery;
import cn.dalian.laborbrand.paymentsimulator.http.Exchanges.Refused;
import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;
import cn.dalian.laborbrand.paymentsimulator.settlement.Settlements;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /simulator/**}: what a developer or a test uses to watch and steer the simulator. Unsigned (no real payment
 * system has it), so the simulator listens on 127.0.0.1 in the embedded run.
 */
public final class OperatorApi {

    private static final String PREFIX = "/simulator/";
    private static final long LONGEST_OUTAGE_SECONDS = 86_400;

    /** One payment as the operator sees it: what it is, and how often it was sent and notified. */
    record PaymentRow(String reference, String transactionId, PaymentStatus status, long amountFen, String payeeAccountName,
            String payeeAccountNumber, String failureCode, String failureReason, Instant acceptedAt, Instant completedAt,
            int received, int conflicts, int callbacksSent, int callbacksAcknowledged, String callbackUrl) {

        static PaymentRow of(Payment payment) {
            return new PaymentRow(payment.reference(), payment.transactionId(), payment.status(), payment.amountFen(),
                    payment.request().payeeAccountName(), payment.request().payeeAccountNumber(), payment.failureCode(),
                    payment.failureReason(), payment.acceptedAt(), payment.completedAt(), payment.received(), payment.conflicts(),
                    payment.callbacksSent(), payment.callbacksAcknowledged(), payment.request().callbackUrl());
        }
    }

    record OutageRequest(Long seconds) {
    }

    record OutageState(boolean active, Instant until) {
    }

    record CallbackHoldRequest(Boolean held) {
    }

    record CallbackHoldState(boolean held, int waiting) {
    }

    private final PaymentBook book;
    private final Settlements settlements;
    private final Outage outage;
    private final ObjectMapper mapper;

    public OperatorApi(PaymentBook book, Settlements settlements, Outage outage, ObjectMapper mapper) {
        this.book = book;
        this.settlements = settlements;
        this.outage = outage;
        this.mapper = mapper;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String[] parts = path.substring(PREFIX.length()).split("/");
        switch (parts[0]) {
            case "payments" -> {
                if (parts.length == 1 && method.equals("GET")) {
                    List<PaymentRow> rows = book.all().stream().map(PaymentRow::of).toList();
                    Exchanges.json(exchange, mapper, 200, rows);
                } else if (parts.length == 3 && parts[2].equals("callback") && method.equals("POST")) {
                    deliverAgain(exchange, parts[1]);
                } else {
                    throw parts.length == 1 || parts.length == 3 ? Exchanges.methodNotAllowed(exchange) : Exchanges.notFound();
                }
            }
            case "outage" -> {
                if (method.equals("PUT")) {
                    OutageRequest request = read(exchange, OutageRequest.class);
                    if (request.seconds() == null || request.seconds() < 0 || request.seconds() > LONGEST_OUTAGE_SECONDS) {
                        throw new Refused(400, "INVALID_REQUEST", "seconds 应为 0 至 " + LONGEST_OUTAGE_SECONDS + " 的整数（0：结束停机）");
                    }
                    outage.lastFor(Duration.ofSeconds(request.seconds()));
                } else if (!method.equals("GET")) {
                    throw Exchanges.methodNotAllowed(exchange);
                }
                Exchanges.json(exchange, mapper, 200, new OutageState(outage.until().isPresent(), outage.until().orElse(null)));
            }
            case "callbacks" -> {
                if (method.equals("PUT")) {
                    CallbackHoldRequest request = read(exchange, CallbackHoldRequest.class);
                    if (request.held() == null) {
                        throw new Refused(400, "INVALID_REQUEST", "held 应为 true（扣住回调）或 false（放行）");
                    }
                    settlements.holdCallbacks(request.held());
                } else if (!method.equals("GET")) {
                    throw Exchanges.methodNotAllowed(exchange);
                }
                Exchanges.json(exchange, mapper, 200, new CallbackHoldState(settlements.callbacksHeld(), settlements.heldCallbacks()));
            }
            case "statements" -> {
                if (parts.length != 2) {
                    throw Exchanges.notFound();
                }
                if (!method.equals("GET")) {
                    throw Exchanges.methodNotAllowed(exchange);
                }
                PaymentApi.statement(exchange, book, parts[1]);
            }
            default -> throw Exchanges.notFound();
        }
    }

    private void deliverAgain(HttpExchange exchange, String reference) throws IOException {
        if (book.find(reference).isEmpty()) {
            throw new Refused(404, "NOT_FOUND", "没有业务参考号为 " + reference + " 的支付");
        }
        Delivery delivery = settlements.deliverAgain(reference)
                .orElseThrow(() -> new Refused(409, "NOT_SETTLED", "支付 " + reference + " 尚未完成，还没有结果通知"));
        Exchanges.json(exchange, mapper, 200, delivery);
    }

    private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        try {
            T value = mapper.readValue(Exchanges.body(exchange), type);
            if (value == null) {
                throw new Refused(400, "INVALID_REQUEST", "请求体为空");
            }
            return value;
        } catch (JacksonException e) {
            throw new Refused(400, "INVALID_REQUEST", "请求体不是所需的 JSON：" + e.getOriginalMessage());
        }
    }
}
