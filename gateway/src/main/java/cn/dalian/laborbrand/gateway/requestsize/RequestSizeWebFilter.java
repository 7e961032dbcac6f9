package cn.dalian.laborbrand.gateway.requestsize;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.dalian.laborbrand.gateway.problem.ProblemWriter;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Refuses a request body larger than the limit of its path with a 413 problem naming that limit: roster imports and
 * material uploads have limits of their own ({@link RequestSizeLimits}), every other path the default. A declared
 * {@code Content-Length} over the limit is refused before a byte of the body is read; a body sent without a length
 * (chunked) is counted as it streams through and cut off with 413 at the first buffer that passes the limit, so that
 * neither the service nor the circuit breaker's body cache (routes with a fallback URI: Spring Cloud Gateway holds
 * their whole body in memory before the call) ever gets more than the limit. Bodies within the limit stream through to
 * the service unbuffered on the upload routes, which have no CircuitBreaker ({@code UnbufferedUploadsIT}).
 * (The built-in RequestSize filter checks the declared length only, and answers with an empty body.)
 * Runs after Spring Security (order -100), so that the answer carries the CORS headers the SPA needs to read it.
 */
@Component
class RequestSizeWebFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;
    private final RequestSizeLimits limits;

    RequestSizeWebFilter(RequestSizeProperties properties, ProblemWriter problems) {
        this.problems = problems;
        this.limits = RequestSizeLimits.of(properties);
    }

    @Override
    public int getOrder() {
        return -40;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        DataSize limit = limits.limitFor(exchange.getRequest().getPath().pathWithinApplication());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return refuse(exchange, limit);
        }
        // HTTP/1.1, the gateway's only protocol, sends a body either with its length or in chunks
        if (declared >= 0 || !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        // Refused the moment the limit is passed: the HTTP client streaming the body on to a service would otherwise
        // wait for the service to hang up before it reports the failure of its source. The call is cancelled, which
        // closes the connection to the service.
        Sinks.Empty<Void> overLimit = Sinks.empty();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limited(super.getBody(), limit).doOnError(BodyTooLargeException.class, overLimit::tryEmitError);
            }
        };
        return Mono.firstWithSignal(chain.filter(exchange.mutate().request(counted).build()), overLimit.asMono())
                .onErrorResume(BodyTooLargeException.class,
                        tooLarge -> exchange.getResponse().isCommitted() ? Mono.error(tooLarge) : refuse(exchange, limit));
    }

    /** The body as it arrives, failing with {@link BodyTooLargeException} instead of passing on the buffer that crosses the limit. */
    static Flux<DataBuffer> limited(Flux<DataBuffer> body, DataSize limit) {
        return Flux.defer(() -> {
            AtomicLong received = new AtomicLong();
            return body.handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLargeException(limit));
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, DataSize limit) {
        return problems.write(exchange, Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, "提交的内容超过了大小限制（不超过 " + readable(limit) + "）。"));
    }

    /** The limit as a person writes it: 25 MB, 512 KB, 100 字节. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        long kilobyte = DataSize.ofKilobytes(1).toBytes();
        if (bytes >= megabyte && bytes % megabyte == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= kilobyte && bytes % kilobyte == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " 字节";
    }
}
