package cn.dalian.laborbrand.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import cn.dalian.laborbrand.platform.web.CorrelationId;
import reactor.core.publisher.Mono;

/** What the filter hands on to the route, checked without a server: the forwarded request and the Reactor context. */
class CorrelationIdWebFilterTest {

    private final CorrelationIdWebFilter filter = new CorrelationIdWebFilter(AccessLogPolicy.PROBLEMS);

    @Test
    void theForwardedRequestCarriesTheCallersWellFormedId() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/applications").header(CorrelationId.HEADER, "spa-7f3a9c2e-0001"));
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

        filter.filter(exchange, next -> {
            forwarded.set(next);
            return Mono.empty();
        }).block(Duration.ofSeconds(5));

        assertThat(forwarded.get().getRequest().getHeaders().get(CorrelationId.HEADER)).containsExactly("spa-7f3a9c2e-0001");
        assertThat(CorrelationIdWebFilter.of(exchange)).contains("spa-7f3a9c2e-0001");
    }

    @Test
    void theForwardedRequestCarriesTheFreshIdInsteadOfAMalformedOne() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/applications").header(CorrelationId.HEADER, "bad id"));
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

        filter.filter(exchange, next -> {
            forwarded.set(next);
            return Mono.empty();
        }).block(Duration.ofSeconds(5));

        String id = CorrelationIdWebFilter.of(exchange).orElseThrow();
        assertThat(id).isNotEqualTo("bad id");
        assertThat(forwarded.get().getRequest().getHeaders().get(CorrelationId.HEADER)).containsExactly(id);
    }

    @Test
    void theIdIsInTheReactorContextOfEverythingDownstream() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/applications").header(CorrelationId.HEADER, "context-check-01"));
        AtomicReference<String> seen = new AtomicReference<>();

        filter.filter(exchange, next -> Mono.deferContextual(context -> {
            seen.set(context.get(CorrelationId.KEY));
            return Mono.empty();
        })).block(Duration.ofSeconds(5));

        assertThat(seen.get()).isEqualTo("context-check-01");
    }

    @Test
    void theAnswerCarriesTheIdOnce() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/applications").header(CorrelationId.HEADER, "echo-check-0001"));

        // the service's own echo of the id must not make it appear twice
        filter.filter(exchange, next -> {
            next.getResponse().getHeaders().add(CorrelationId.HEADER, "echo-check-0001");
            return next.getResponse().setComplete();
        }).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getHeaders().get(CorrelationId.HEADER)).containsExactly("echo-check-0001");
    }
}
