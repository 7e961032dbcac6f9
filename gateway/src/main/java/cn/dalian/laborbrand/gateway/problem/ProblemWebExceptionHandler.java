package cn.dalian.laborbrand.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.dalian.laborbrand.gateway.correlation.CorrelationIdWebFilter;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.problem.Problems;
import reactor.core.publisher.Mono;

/**
 * Whatever fails outside security, limits and fallbacks (no route for the path, a method the path does
 * not take, a bug) is answered as a problem too, never as Boot's default error JSON or a stack trace.
 * Ordered before Boot's own handler (order -1).
 */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemWriter problems;

    ProblemWebExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ResponseStatusException refused) {
            int status = refused.getStatusCode().value();
            ProblemDetail problem = Problems.of(ProblemCode.forStatus(status));
            problem.setStatus(status);
            exchange.getResponse().getHeaders().addAll(refused.getHeaders());
            log.debug("{} answered {}: {}", exchange.getRequest().getPath(), status, refused.getReason());
            return problems.write(exchange, problem);
        }
        return CorrelationIdWebFilter.log(exchange, () -> log.error("unexpected failure on {}", exchange.getRequest().getPath(), failure))
                .then(problems.write(exchange, Problems.of(ProblemCode.INTERNAL_ERROR)));
    }
}
