package cn.dalian.laborbrand.gateway.correlation;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.dalian.laborbrand.platform.web.CorrelationId;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The first filter every request meets: keeps the caller's well-formed {@code X-Correlation-Id} or
 * makes one, forwards it to the service, echoes it in the response (401s and 429s included), puts
 * it in the Reactor context so that log lines carry it, and writes the access log ({@link AccessLogPolicy}: by default a
 * line for each call that was refused, failed, cancelled or slow).
 * <p>
 * Reactor's context propagation is left at Spring Boot's default ({@code limited}): restoring the correlation id and the
 * trace's observation into thread locals around every operator of every request ({@code auto}) cost the gateway a large
 * share of its time (benchmarks/gateway.sh). The gateway's few log lines restore them where they are written, through
 * {@link #log}.
 */
@Component
public class CorrelationIdWebFilter implements WebFilter, Ordered {

    /** Logger of the access log, so that it can be silenced or routed on its own. */
    static final String ACCESS_LOG = "cn.dalian.laborbrand.gateway.access";

    private static final Logger accessLog = LoggerFactory.getLogger(ACCESS_LOG);
    private static final String ATTRIBUTE = CorrelationIdWebFilter.class.getName() + ".id";
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private final AccessLogPolicy accessLogPolicy;

    public CorrelationIdWebFilter(@Value("${laborbrand.gateway.access-log:problems}") AccessLogPolicy accessLogPolicy) {
        this.accessLogPolicy = accessLogPolicy;
        // log() copies the context value into the MDC (re-registering under the same key replaces)
        ContextRegistry.getInstance().registerThreadLocalAccessor(CorrelationId.KEY,
                () -> MDC.get(CorrelationId.KEY), id -> MDC.put(CorrelationId.KEY, id), () -> MDC.remove(CorrelationId.KEY));
    }

    /** The id of this exchange, once this filter has run. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    /**
     * Runs {@code logging} when subscribed, with the request's correlation id and its trace and span ids in the MDC, so
     * that the line carries them as every gateway log line does.
     */
    public static Mono<Void> log(ServerWebExchange exchange, Runnable logging) {
        return Mono.deferContextual(context -> {
            withRequestContext(context, exchange, logging);
            return Mono.empty();
        });
    }

    private static void withRequestContext(ContextView context, ServerWebExchange exchange, Runnable logging) {
        try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
            // an exception handler runs outside this filter's context: the exchange still knows the id
            String id = of(exchange).orElse(null);
            if (id == null) {
                logging.run();
                return;
            }
            try (MDC.MDCCloseable ignoredId = MDC.putCloseable(CorrelationId.KEY, id)) {
                logging.run();
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        ServerHttpRequest forwarded = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, id))
                .build();
        ServerHttpResponse response = exchange.getResponse();
        // set (not add) just before commit: the service echoes the same id, one header is enough
        response.beforeCommit(() -> {
            response.getHeaders().set(CorrelationId.HEADER, id);
            return Mono.empty();
        });
        long started = System.nanoTime();
        return Mono.deferContextual(context -> chain.filter(exchange.mutate().request(forwarded).build())
                        .doFinally(signal -> logAccess(context, exchange, started, signal)))
                .contextWrite(Context.of(CorrelationId.KEY, id));
    }

    private void logAccess(ContextView context, ServerWebExchange exchange, long started, SignalType signal) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        boolean cancelled = signal == SignalType.CANCEL;
        // decided before the ids are restored: most calls get no line, and restoring costs
        if (!accessLog.isInfoEnabled() || !accessLogPolicy.writes(status == null ? null : status.value(), elapsed, cancelled)) {
            return;
        }
        ServerHttpRequest request = exchange.getRequest();
        // the path only: query strings may carry personal data
        withRequestContext(context, exchange, () -> accessLog.info("{} {} -> {} in {} ms{}", request.getMethod(),
                request.getPath().value(), status == null ? "-" : status.value(), elapsed.toMillis(),
                cancelled ? " (cancelled by the caller)" : ""));
    }
}
