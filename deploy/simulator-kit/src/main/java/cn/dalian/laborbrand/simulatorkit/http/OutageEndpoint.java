package cn.dalian.laborbrand.simulatorkit.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import cn.dalian.laborbrand.simulatorkit.http.Exchanges.Refused;
import tools.jackson.databind.ObjectMapper;

/** Both sides of an {@link Outage} over HTTP, wired by {@link SimulatorServer}: the operator's switch and the API's 503. */
final class OutageEndpoint {

    static final String PATH = "/simulator/outage";

    private static final long LONGEST_OUTAGE_SECONDS = 86_400;

    record OutageRequest(Long seconds) {
    }

    record OutageState(boolean active, Instant until) {
    }

    private OutageEndpoint() {
    }

    /** {@code GET} shows the outage, {@code PUT {"seconds": n}} starts one of n seconds (0 ends it). */
    static void operate(HttpExchange exchange, Outage outage, ObjectMapper mapper) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            throw Exchanges.notFound();
        }
        String method = exchange.getRequestMethod();
        if (method.equals("PUT")) {
            OutageRequest request = Exchanges.read(exchange, mapper, OutageRequest.class);
            if (request.seconds() == null || request.seconds() < 0 || request.seconds() > LONGEST_OUTAGE_SECONDS) {
                throw new Refused(400, "INVALID_REQUEST", "seconds 应为 0 至 " + LONGEST_OUTAGE_SECONDS + " 的整数（0：结束停机）");
            }
            outage.lastFor(Duration.ofSeconds(request.seconds()));
        } else if (!method.equals("GET")) {
            throw Exchanges.methodNotAllowed(exchange);
        }
        Exchanges.json(exchange, mapper, 200, new OutageState(outage.until().isPresent(), outage.until().orElse(null)));
    }

    /** During an outage, refuses the request with 503 and a Retry-After of the time left, as the real system announces it. */
    static void refuseWhileDown(HttpExchange exchange, Outage outage, String systemName) {
        Optional<Duration> down = outage.remaining();
        if (down.isPresent()) {
            Exchanges.retryAfter(exchange, down.get());
            throw new Refused(503, "SERVICE_UNAVAILABLE", systemName + "维护中，请稍后重试");
        }
    }
}
