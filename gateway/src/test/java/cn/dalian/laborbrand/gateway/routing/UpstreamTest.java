package cn.dalian.laborbrand.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

class UpstreamTest {

    @Test
    void aServiceThatCannotBeReachedIsUnavailable() {
        ProblemDetail problem = Upstream.problemFor("application-service", new ConnectException("Connection refused"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getProperties()).containsEntry("code", "SERVICE_UNAVAILABLE");
        assertThat(problem.getDetail()).isEqualTo("申报服务暂时不可用，请稍后重试。");
    }

    @Test
    void aServiceWhoseBreakerIsOpenIsUnavailable() {
        var open = CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("subsidy-service"));

        ProblemDetail problem = Upstream.problemFor("subsidy-service", open);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).isEqualTo("补贴发放服务暂时不可用，请稍后重试。");
    }

    @Test
    void aServiceThatTookTooLongTimedOut() {
        ProblemDetail byTimeLimiter = Upstream.problemFor("review-workflow-service", new TimeoutException("TimeLimiter 'review-workflow-service' recorded a timeout"));
        ProblemDetail byHttpClient = Upstream.problemFor("review-workflow-service",
                new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout"));

        for (ProblemDetail problem : new ProblemDetail[] { byTimeLimiter, byHttpClient }) {
            assertThat(problem.getStatus()).isEqualTo(504);
            assertThat(problem.getProperties()).containsEntry("code", "GATEWAY_TIMEOUT");
            assertThat(problem.getDetail()).isEqualTo("审核流程服务响应超时，请稍后重试。");
        }
    }

    @Test
    void anUnknownRouteOrMissingCauseStillGetsAProblem() {
        assertThat(Upstream.problemFor("no-such-route", null).getDetail()).isEqualTo("服务暂时不可用，请稍后重试。");
    }

    @Test
    void onARouteWithoutBreakerOnlyAServiceUnreachableOrTooSlowIsTheServicesFaultTheRestIsOurs() {
        // io.netty's AnnotatedConnectException and ConnectTimeoutException are ConnectExceptions
        assertThat(Upstream.isUnreachableOrSlow(new IllegalStateException("relay failed", new ConnectException("Connection refused")))).isTrue();
        assertThat(Upstream.isUnreachableOrSlow(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout")))
                .isTrue();
        assertThat(Upstream.isUnreachableOrSlow(new IllegalStateException("a bug in the gateway"))).isFalse();
    }

    @Test
    void aRouteNamesItsServiceByItsUpstreamMetadataElseByItsId() {
        Route uploads = Route.async().id("application-uploads").uri("http://127.0.0.1:8081").predicate(exchange -> true)
                .metadata(Upstream.ROUTE_METADATA, "application-service").build();
        Route eligibility = Route.async().id("eligibility-service").uri("http://127.0.0.1:8082").predicate(exchange -> true).build();

        assertThat(Upstream.routeIdOf(uploads)).isEqualTo("application-service");
        assertThat(Upstream.routeIdOf(eligibility)).isEqualTo("eligibility-service");
    }

    @Test
    void everyServiceHasAChineseName() {
        for (Upstream upstream : Upstream.values()) {
            assertThat(upstream.displayName()).endsWith("服务");
            assertThat(Upstream.byRouteId(upstream.routeId())).contains(upstream);
        }
    }
}
