package cn.dalian.laborbrand.gateway.ratelimit;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.dalian.laborbrand.gateway.problem.ProblemWriter;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Limits the API calls of each client and answers 429 with {@code Retry-After} beyond the limit.
 * Runs after Spring Security (order -100) so that a signed-in caller is counted by its token subject;
 * only {@code /api/**} counts, so health probes and metric scrapes are never refused.
 */
@Component
class RateLimitWebFilter implements WebFilter, Ordered {

    static final int ORDER = -50;

    private static final PathPattern LIMITED = PathPatternParser.defaultInstance.parse("/api/**");

    private final ClientRateLimiter limiter;
    private final ProblemWriter problems;

    RateLimitWebFilter(RateLimitProperties limits, ProblemWriter problems) {
        this.limiter = new ClientRateLimiter(limits);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!LIMITED.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(token -> token.getToken().getSubject())
                .defaultIfEmpty("")
                .flatMap(subject -> {
                    var decision = limiter.tryAcquire(RateLimitKey.of(subject, exchange.getRequest().getRemoteAddress()));
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfter().toSeconds()));
                    return problems.write(exchange, Problems.of(ProblemCode.RATE_LIMITED));
                });
    }
}
