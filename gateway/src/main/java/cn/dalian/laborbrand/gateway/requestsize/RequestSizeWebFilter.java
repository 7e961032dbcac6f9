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
 * Refuses a request whose declared {@code Content-Length} exceeds the limit with a 413 problem, before
 * a byte of the body is read; bodies within the limit stream through to the service unbuffered.
 * (The built-in RequestSize filter makes the same check but answers with an empty body.) A body sent
 * without a length is bounded by the receiving service's own upload limits.
 * Runs after Spring Security (order -100), so that the answer carries the CORS headers the SPA needs
 * to read it, and after the rate limit (-50), which counts every attempt.
 */
@Component
class RequestSizeWebFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;
    private final long maxBytes;
    private final String detail;

    RequestSizeWebFilter(RequestSizeProperties properties, ProblemWriter problems) {
        this.problems = problems;
        this.maxBytes = properties.max().toBytes();
        this.detail = "提交的内容超过了大小限制（不超过 " + readable(properties.max()) + "）。";
    }

    @Override
    public int getOrder() {
        return -40;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // -1 when no length was declared
        if (exchange.getRequest().getHeaders().getContentLength() <= maxBytes) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, detail));
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
