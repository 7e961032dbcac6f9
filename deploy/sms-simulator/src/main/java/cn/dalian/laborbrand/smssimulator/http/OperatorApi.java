package cn.dalian.laborbrand.smssimulator.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.smssimulator.message.Message;
import cn.dalian.laborbrand.smssimulator.message.MessageBook;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges;
import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /simulator/**}: where a person reads the SMS the platform sent, and a test or a demo steers the gateway.
 * Unsigned (no real gateway has it), so the simulator listens on 127.0.0.1 in the embedded run.
 */
public final class OperatorApi {

    private static final String PREFIX = "/simulator/";
    private static final int MOST_FAILURES = 1_000;

    /** One message as a person reads it on the handset, with how often its requestId came again. */
    record MessageRow(String messageId, String requestId, String phoneNumber, String signName, String content, int segments,
            Instant acceptedAt, int duplicates) {

        static MessageRow of(Message message) {
            return new MessageRow(message.messageId(), message.requestId(), message.phoneNumber(), message.request().signName(),
                    message.request().content(), message.segments(), message.acceptedAt(), message.duplicates());
        }
    }

    record FailureRequest(Integer status, Integer count) {
    }

    private final MessageBook book;
    private final Failures failures;
    private final ObjectMapper mapper;

    public OperatorApi(MessageBook book, Failures failures, ObjectMapper mapper) {
        this.book = book;
        this.failures = failures;
        this.mapper = mapper;
    }

    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path.substring(PREFIX.length())) {
            case "messages" -> {
                if (!method.equals("GET")) {
                    throw Exchanges.methodNotAllowed(exchange);
                }
                String phone = query(exchange, "phone");
                List<Message> messages = phone == null ? book.all() : book.to(phone);
                Exchanges.json(exchange, mapper, 200, messages.stream().map(MessageRow::of).toList());
            }
            case "failures" -> {
                if (method.equals("PUT")) {
                    FailureRequest request = Exchanges.read(exchange, mapper, FailureRequest.class);
                    if (request.status() == null || !(request.status() == 400 || request.status() >= 500 && request.status() <= 599)
                            || request.count() == null || request.count() < 0 || request.count() > MOST_FAILURES) {
                        throw new Refused(400, "INVALID_REQUEST", "status 应为 400 或 5xx，count 应为 0 至 " + MOST_FAILURES + " 的整数");
                    }
                    failures.inject(request.status(), request.count());
                } else if (!method.equals("GET")) {
                    throw Exchanges.methodNotAllowed(exchange);
                }
                Exchanges.json(exchange, mapper, 200, failures.pending());
            }
            default -> throw Exchanges.notFound();
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
