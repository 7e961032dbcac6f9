package cn.dalian.laborbrand.gateway.problem;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import cn.dalian.laborbrand.gateway.correlation.CorrelationIdWebFilter;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place in the gateway that writes problem documents (RFC 9457), shaped like the services'
 * own: the request path as {@code instance} and the {@code correlationId} beside {@code code}. Security,
 * limits, fallbacks and the error handler all answer through it.
 */
@Component
public class ProblemWriter {

    private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);

    // Boot's mapper carries the ProblemDetail mix-in, which writes the properties at top level
    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            log.debug("response already committed, problem {} not written", problem.getProperties());
            return Mono.empty();
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(requestedPath(exchange)));
        }
        CorrelationIdWebFilter.of(exchange).ifPresent(id -> problem.setProperty(Problems.CORRELATION_ID, id));
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The path the caller asked for, also after a circuit breaker forwarded the exchange to its fallback. */
    private static String requestedPath(ServerWebExchange exchange) {
        ServerWebExchange original = exchange;
        while (original instanceof ServerWebExchangeDecorator decorator) {
            original = decorator.getDelegate();
        }
        return original.getRequest().getPath().value();
    }
}
