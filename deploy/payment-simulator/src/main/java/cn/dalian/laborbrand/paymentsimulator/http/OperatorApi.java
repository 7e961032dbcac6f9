package cn.dalian.laborbrand.paymentsimulator.http;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.paymentsimulator.callback.CallbackClient.Delivery;
import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;
import cn.dalian.laborbrand.paymentsimulator.settlement.Settlements;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /simulator/**}: what a developer or a test uses to watch and steer the simulator. Unsigned (no real payment
 * system has it), so the simulator listens on 127.0.0.1 in the embedded run.
 */
public final class OperatorApi {

    private static final String PREFIX = "/simulator/";

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

    record CallbackHoldRequest(Boolean held) {
    }

    record CallbackHoldState(boolean held, int waiting) {
    }

    private final PaymentBook book;
    private final Settlements settlements;
    private final ObjectMapper mapper;

    public OperatorApi(PaymentBook book, Settlements settlements, ObjectMapper mapper) {
        this.book = book;
        this.settlements = settlements;
        this.mapper = mapper;
    }

    public void handle(HttpExchange exchange) throws IOException {
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
            case "callbacks" -> {
                if (method.equals("PUT")) {
                    CallbackHoldRequest request = Exchanges.read(exchange, mapper, CallbackHoldRequest.class);
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
}
