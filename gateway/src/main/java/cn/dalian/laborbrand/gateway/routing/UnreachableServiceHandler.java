package cn.dalian.laborbrand.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.dalian.laborbrand.gateway.correlation.CorrelationIdWebFilter;
import cn.dalian.laborbrand.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

/**
 * Answers a call on a route without circuit breaker (the upload route, whose bodies must not be cached for a
 * fallback) as the breaker's fallback answers the others: 503 naming the service when it cannot be reached, 504
 * when it did not answer in time. Any other failure is left to the general problem handler (order -2).
 */
@Component
@Order(-3)
class UnreachableServiceHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnreachableServiceHandler.class);

    private final ProblemWriter problems;

    UnreachableServiceHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || exchange.getResponse().isCommitted() || !Upstream.isUnreachableOrSlow(failure)) {
            return Mono.error(failure);
        }
        String upstream = Upstream.routeIdOf(route);
        return CorrelationIdWebFilter.log(exchange, () -> log.warn("{} did not answer on route {}: {}", upstream, route.getId(), failure.toString()))
                .then(problems.write(exchange, Upstream.problemFor(upstream, failure)));
    }
}
