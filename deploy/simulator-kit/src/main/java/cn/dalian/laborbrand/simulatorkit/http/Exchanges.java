package cn.dalian.laborbrand.simulatorkit.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Reading requests and writing JSON or CSV answers with the JDK's HTTP server. */
public final class Exchanges {

    /** A payment or an SMS is well under 2 KB; anything far larger is refused before it is parsed. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(Exchanges.class.getName());

    /** A problem answer: a stable code and a Chinese message. */
    public record Problem(String code, String message) {
    }

    /** Thrown by a handler to answer with a problem. */
    public static final class Refused extends RuntimeException {

        private final int status;
        private final Problem problem;

        public Refused(int status, String code, String message) {
            super(code + ": " + message, null, false, false);
            this.status = status;
            this.problem = new Problem(code, message);
        }

        public int status() {
            return status;
        }

        public Problem problem() {
            return problem;
        }
    }

    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private Exchanges() {
    }

    /**
     * Turns a {@link Refused} into its answer and anything unexpected into a 500 naming the simulated system (the JDK
     * server would just drop the connection).
     */
    static HttpHandler guarded(ObjectMapper mapper, String systemName, Handler handler) {
        return exchange -> {
            try (exchange) {
                try {
                    handler.handle(exchange);
                } catch (Refused refused) {
                    // what the platform's client got wrong is what a developer looks for in this log
                    LOG.log(System.Logger.Level.INFO, "{0} {1} answered {2} {3}: {4}", exchange.getRequestMethod(), exchange.getRequestURI(),
                            refused.status, refused.problem.code(), refused.problem.message());
                    json(exchange, mapper, refused.status, refused.problem);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
                    json(exchange, mapper, 500, new Problem("INTERNAL_ERROR", systemName + "内部错误：" + e.getMessage()));
                }
            }
        };
    }

    public static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new Refused(400, "INVALID_REQUEST", "请求体超过" + MAX_BODY_BYTES / 1024 + "KB");
            }
            return body;
        }
    }

    /** The request's JSON body as the given type; a missing, empty or malformed body is refused with 400. */
    public static <T> T read(HttpExchange exchange, ObjectMapper mapper, Class<T> type) throws IOException {
        return parse(body(exchange), mapper, type);
    }

    /** A body already read (a signed one, whose bytes were checked first) as the given type, refused like {@link #read}'s. */
    public static <T> T parse(byte[] body, ObjectMapper mapper, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new Refused(400, "INVALID_REQUEST", "请求体为空");
            }
            return value;
        } catch (JacksonException e) {
            throw new Refused(400, "INVALID_REQUEST", "请求体不是所需的 JSON：" + e.getOriginalMessage());
        }
    }

    public static void json(HttpExchange exchange, ObjectMapper mapper, int status, Object answer) throws IOException {
        send(exchange, status, "application/json", mapper.writeValueAsBytes(answer));
    }

    public static void csv(HttpExchange exchange, String fileName, String csv) throws IOException {
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        send(exchange, 200, "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Tells the client when to try again: whole seconds, at least one. */
    public static void retryAfter(HttpExchange exchange, Duration wait) {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    }

    /** Refuses with 405 unless the request has this method. */
    public static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            throw methodNotAllowed(exchange);
        }
    }

    public static Refused notFound() {
        return new Refused(404, "NOT_FOUND", "没有这个地址");
    }

    public static Refused methodNotAllowed(HttpExchange exchange) {
        return new Refused(405, "METHOD_NOT_ALLOWED", exchange.getRequestURI().getPath() + " 不支持 " + exchange.getRequestMethod());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
