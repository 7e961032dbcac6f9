package cn.dalian.laborbrand.gateway.requestsize;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.dalian.laborbrand.gateway.problem.ProblemWriter;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the limit of its path with a 413 problem
 * naming that limit, before a byte of the body is read: roster imports and material uploads have limits of
 * their own ({@link RequestSizeLimits}), every other path the default. Bodies within the limit stream through
 * to the service unbuffered: nothing in the gateway reads a request body (no CacheRequestBody, ModifyRequestBody
 * or Retry filter, and the upload routes have no CircuitBreaker, whose fallback URI would make Spring Cloud
 * Gateway cache the whole body in memory; {@code UnbufferedUploadsIT} proves it).
 * (The built-in RequestSize filter makes the same check but answers with an empty body.) A body sent
 * without a length is bounded by the receiving service's own upload limits.
 * Runs after Spring Security (order -100), so that the answer carries the CORS headers the SPA needs
 * to read it, and after the rate limit (-50), which counts every attempt.
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
        // -1 when no length was declared
        if (exchange.getRequest().getHeaders().getContentLength() <= limit.toBytes()) {
            return chain.filter(exchange);
        }
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
