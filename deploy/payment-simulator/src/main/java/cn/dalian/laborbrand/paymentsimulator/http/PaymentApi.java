package cn.dalian.laborbrand.paymentsimulator.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook.Acceptance;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentRequest;
import cn.dalian.laborbrand.paymentsimulator.payment.PaymentStatus;
import cn.dalian.laborbrand.paymentsimulator.payment.Refusal;
import cn.dalian.laborbrand.paymentsimulator.settlement.Settlements;
import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;
import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature.Verdict;
import cn.dalian.laborbrand.paymentsimulator.statement.Statement;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;

/**
 * The payment system's interface, {@code /v1/**}, exactly as subsidy-service/docs/payment-system-api.md specifies it:
 * every request signed, {@code POST /v1/payments} with its Idempotency-Key, {@code GET /v1/payments/{reference}},
 * {@code GET /v1/statements/{date}}.
 */
public final class PaymentApi {

    /** How the payment system calls itself in its answers. */
    public static final String SYSTEM_NAME = "支付系统";

    private static final System.Logger LOG = System.getLogger(PaymentApi.class.getName());
    private static final String PAYMENTS = "/v1/payments";
    private static final String STATEMENTS = "/v1/statements/";

    /** The answer to a POST: 202 when new, 200 with the current status for a replay. */
    record AcceptedAnswer(String reference, String transactionId, PaymentStatus status, Instant acceptedAt) {
    }

    /** The answer to a poll. */
    record PaymentAnswer(String reference, String transactionId, PaymentStatus status, long amountFen, String failureCode,
            String failureReason, Instant acceptedAt, Instant completedAt) {

        static PaymentAnswer of(Payment payment) {
            return new PaymentAnswer(payment.reference(), payment.transactionId(), payment.status(), payment.amountFen(),
                    payment.failureCode(), payment.failureReason(), payment.acceptedAt(), payment.completedAt());
        }
    }

    private final PaymentBook book;
    private final Settlements settlements;
    private final MerchantSignature signature;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PaymentApi(PaymentBook book, Settlements settlements, MerchantSignature signature, ObjectMapper mapper, Clock clock) {
        this.book = book;
        this.settlements = settlements;
        this.signature = signature;
        this.mapper = mapper;
        this.clock = clock;
    }

    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = Exchanges.body(exchange);
        Headers headers = exchange.getRequestHeaders();
        Verdict verdict = signature.verify(headers.getFirst(MerchantSignature.MERCHANT_HEADER), headers.getFirst(MerchantSignature.TIMESTAMP_HEADER),
                headers.getFirst(MerchantSignature.SIGNATURE_HEADER), body, clock.instant());
        if (verdict != Verdict.VALID) {
            throw new Refused(401, "BAD_SIGNATURE", verdict.message());
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PAYMENTS)) {
            Exchanges.requireMethod(exchange, "POST");
            pay(exchange, body);
        } else if (path.startsWith(PAYMENTS + "/") && path.length() > PAYMENTS.length() + 1) {
            Exchanges.requireMethod(exchange, "GET");
            poll(exchange, path.substring(PAYMENTS.length() + 1));
        } else if (path.startsWith(STATEMENTS)) {
            Exchanges.requireMethod(exchange, "GET");
            statement(exchange, book, path.substring(STATEMENTS.length()));
        } else {
            throw Exchanges.notFound();
        }
    }

    /** The statement's CSV for a day: also what the operator endpoint serves, unsigned, as the bank's portal would. */
    static void statement(HttpExchange exchange, PaymentBook book, String date) throws IOException {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new Refused(400, "INVALID_REQUEST", "对账日期应为 yyyy-MM-dd，而不是“" + date + "”");
        }
        Exchanges.csv(exchange, "statement-" + day + ".csv", Statement.of(day, book.all()));
    }

    private void pay(HttpExchange exchange, byte[] body) throws IOException {
        PaymentRequest request = Exchanges.parse(body, mapper, PaymentRequest.class);
        Optional<Refusal> refusal = request.refusal(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        if (refusal.isPresent()) {
            throw new Refused(refusal.get().status(), refusal.get().code(), refusal.get().message());
        }
        Acceptance acceptance = book.accept(request);
        Payment payment = acceptance.payment();
        AcceptedAnswer answer = new AcceptedAnswer(payment.reference(), payment.transactionId(), payment.status(), payment.acceptedAt());
        LOG.log(System.Logger.Level.INFO, "{0} {1} ({2}): {3} fen to {4}", acceptance.outcome(), payment.reference(), payment.transactionId(),
                String.valueOf(request.amountFen()), request.payeeAccountName());
        switch (acceptance.outcome()) {
            case ACCEPTED -> {
                settlements.accepted(payment);
                Exchanges.json(exchange, mapper, 202, answer);
            }
            case REPLAYED -> Exchanges.json(exchange, mapper, 200, answer);
            case CONFLICT -> throw new Refused(409, "IDEMPOTENCY_CONFLICT",
                    "业务参考号 " + payment.reference() + " 已用于一笔内容不同的支付（" + payment.transactionId() + "），本次请求未受理");
        }
    }

    private void poll(HttpExchange exchange, String reference) throws IOException {
        Payment payment = book.find(reference)
                .orElseThrow(() -> new Refused(404, "NOT_FOUND", "未收到业务参考号为 " + reference + " 的支付"));
        Exchanges.json(exchange, mapper, 200, PaymentAnswer.of(payment));
    }
}
