package cn.dalian.laborbrand.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.dalian.laborbrand.gateway.correlation.CorrelationIdWebFilter;
import cn.dalian.laborbrand.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a call that failed (service down, too slow, breaker open):
 * the caller gets a problem document at once instead of a hang or a 500. Security denies this path to
 * outside callers; the breaker's forward does not pass the web filters again.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final ProblemWriter problems;

    FallbackController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{routeId}")
    Mono<Void> fallback(@PathVariable String routeId, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        return CorrelationIdWebFilter.log(exchange, () -> log.warn("{} did not answer: {}", routeId, failure == null ? "unknown failure" : failure.toString()))
                .then(problems.write(exchange, Upstream.problemFor(routeId, failure)));
    }
}
