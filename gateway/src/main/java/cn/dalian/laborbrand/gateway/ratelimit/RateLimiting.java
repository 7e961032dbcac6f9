package cn.dalian.laborbrand.gateway.ratelimit;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
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
 * Limits the API calls of each client and answers 429 with {@code Retry-After} beyond the limit, in two stages that
 * security puts around its token check (so that the answer carries the CORS headers the SPA needs to read it):
 * <ol>
 * <li>{@link #beforeAuthentication()}: every call takes a token from its address's bucket before the gateway spends
 * any work on it; an address whose bucket is empty is refused at once. A flood of anonymous calls or of forged tokens
 * is thereby throttled by its address, whatever it carries.</li>
 * <li>{@link #afterAuthentication()}: a call whose token was verified gives its address's token back and takes one
 * from its subject's bucket instead, so that the colleagues behind one office address are limited each on their own,
 * and only anonymous and refused calls (401) count against the address.</li>
 * </ol>
 * Only {@code /api/**} counts, so health probes and metric scrapes are never refused.
 */
@Component
public class RateLimiting {

    private static final PathPattern LIMITED = PathPatternParser.defaultInstance.parse("/api/**");

    /** The address bucket a call has taken a token from, to be given back once the token is verified. */
    private static final String CHARGED_ADDRESS = RateLimiting.class.getName() + ".chargedAddress";

    private final ClientRateLimiter limiter;
    private final ProblemWriter problems;

    RateLimiting(RateLimitProperties limits, ProblemWriter problems) {
        this.limiter = new ClientRateLimiter(limits);
        this.problems = problems;
    }

    /** The address stage: to run before the bearer token is read. */
    public WebFilter beforeAuthentication() {
        return this::chargeAddress;
    }

    /** The subject stage: to run after the token was verified, before the authorization rules. */
    public WebFilter afterAuthentication() {
        return this::chargeSubject;
    }

    private Mono<Void> chargeAddress(ServerWebExchange exchange, WebFilterChain chain) {
        if (!LIMITED.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        String address = RateLimitKey.ofAddress(exchange.getRequest().getRemoteAddress());
        var decision = limiter.tryAcquire(address);
        if (!decision.allowed()) {
            return refuse(exchange, decision);
        }
        exchange.getAttributes().put(CHARGED_ADDRESS, address);
        return chain.filter(exchange);
    }

    private Mono<Void> chargeSubject(ServerWebExchange exchange, WebFilterChain chain) {
        String address = exchange.getAttribute(CHARGED_ADDRESS);
        if (address == null) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .ofType(JwtAuthenticationToken.class)
                .flatMap(token -> Mono.justOrEmpty(RateLimitKey.ofSubject(token.getToken().getSubject())))
                .map(subject -> {
                    limiter.giveBack(address);
                    return limiter.tryAcquire(subject);
                })
                // anonymous or without a subject: its token stays taken from the address's bucket
                .defaultIfEmpty(ClientRateLimiter.Decision.ALLOWED)
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ClientRateLimiter.Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfter().toSeconds()));
        return problems.write(exchange, Problems.of(ProblemCode.RATE_LIMITED));
    }
}
