package cn.dalian.laborbrand.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.headers.observation.ObservedRequestHttpHeadersFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.tracing.propagation.Propagator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The route table and what a caller gets when the service behind a route is down. Routing to live
 * services is covered by the system tests, which run the whole stack.
 */
@GatewayIntegrationTest
class RoutingIT {

    @LocalServerPort
    int port;

    @Autowired
    RouteLocator routes;

    @Autowired
    TimeLimiterRegistry timeLimiters;

    @Autowired
    HttpClientProperties httpClient;

    @Autowired
    ObjectProvider<ObservedRequestHttpHeadersFilter> observedRequests;

    @Autowired
    ObjectProvider<Propagator> tracePropagators;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = GatewayClient.on(port);
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
            "/api/applications,                     APPLICATION",
            "/api/applications/42/evidence,         APPLICATION",
            "/api/roster/template,                  APPLICATION",
            "/api/organisations/me/profile,         APPLICATION",
            "/api/campaigns/2026,                   APPLICATION",
            "/api/districts/DLXD01,                 APPLICATION",
            "/api/public/districts,                 APPLICATION",
            "/api/public/campaigns/current,         APPLICATION",
            "/api/eligibility/assessments/42,       ELIGIBILITY",
            "/api/reviews/42/district-decision,     REVIEW_WORKFLOW",
            "/api/public/notices,                   REVIEW_WORKFLOW",
            "/api/public/notices/2022-1/objections, REVIEW_WORKFLOW",
            "/api/public/brands,                    BRAND_REGISTRY",
            "/api/public/brands/DL-2022-001,        BRAND_REGISTRY",
            "/api/brands/7/yearly-data,             BRAND_REGISTRY",
            "/api/registry/feed,                    BRAND_REGISTRY",
            "/api/subsidies/entitlements,           SUBSIDY",
            "/api/notifications/inbox,              NOTIFICATION" })
    void everyPathPrefixGoesToTheServiceThatOwnsIt(String path, Upstream owner) {
        // when the gateway looks the path up as it does for a request
        Route route = firstMatchingRoute(path).block(Duration.ofSeconds(5));

        // then the owning service's route is chosen, unchanged path, to that service's configured URI
        assertThat(route).as("route for %s", path).isNotNull();
        assertThat(route.getId()).isEqualTo(owner.routeId());
        assertThat(route.getUri()).hasToString(GatewayTestInitializer.serviceUri(owner));
    }

    @ParameterizedTest(name = "{0} streams to application-service")
    @CsvSource({
            "/api/applications/42/roster",
            "/api/applications/42/materials",
            "/api/applications/42/materials/business-licence",
            "/api/applications/42/inspection-files",
            "/api/applications/42/inspection-files/7" })
    void rosterImportsAndMaterialUploadsTakeTheUploadRouteWhichHoldsNoBodyBack(String path) {
        Route route = firstMatchingRoute(path).block(Duration.ofSeconds(5));

        assertThat(route.getId()).isEqualTo("application-uploads");
        assertThat(route.getUri()).hasToString(GatewayTestInitializer.serviceUri(Upstream.APPLICATION));
        assertThat(Upstream.routeIdOf(route)).isEqualTo(Upstream.APPLICATION.routeId());
        // ten minutes from the start of the call, the body's transfer included (200 MB at 2.7 Mbit/s)
        assertThat(String.valueOf(route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR))).isEqualTo("600000");
        // no filter of its own: a CircuitBreaker with a fallback URI, Retry or CacheRequestBody would cache the whole body
        assertThat(route.getFilters()).as("filters of the upload route").isEmpty();
    }

    @ParameterizedTest(name = "{0} streams from review-workflow-service")
    @CsvSource({
            "/api/reviews/exports/notice-list.pdf",
            "/api/reviews/exports/city-package" })
    void exportsTakeTheExportRouteWhoseTimeoutCoversTheWholeDownload(String path) {
        Route route = firstMatchingRoute(path).block(Duration.ofSeconds(5));

        assertThat(route.getId()).isEqualTo("review-exports");
        assertThat(route.getUri()).hasToString(GatewayTestInitializer.serviceUri(Upstream.REVIEW_WORKFLOW));
        assertThat(Upstream.routeIdOf(route)).isEqualTo(Upstream.REVIEW_WORKFLOW.routeId());
        // ten minutes from the start of the call: a district's package carries every unit's materials
        assertThat(String.valueOf(route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR))).isEqualTo("600000");
        // no CircuitBreaker: its time limiter (10 s) would cut the download
        assertThat(route.getFilters()).as("filters of the export route").isEmpty();
    }

    @Test
    void anExportWhileTheReviewServiceIsDownIsAnswered503ProblemNamingTheService() {
        http.get().uri("/api/reviews/exports/notice-list.xlsx?campaign=2022")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail").isEqualTo(Upstream.REVIEW_WORKFLOW.displayName() + "暂时不可用，请稍后重试。");
    }

    @Test
    void anUploadWhileTheApplicationServiceIsDownIsAnswered503ProblemNamingTheServiceAtOnce() {
        long started = System.nanoTime();

        http.post().uri("/api/applications/42/roster")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(new byte[512])
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail").isEqualTo("申报服务暂时不可用，请稍后重试。")
                .jsonPath("$.instance").isEqualTo("/api/applications/42/roster")
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aPathNoServiceOwnsHasNoRoute() {
        assertThat(firstMatchingRoute("/api/nobody-owns-this").blockOptional(Duration.ofSeconds(5))).isEmpty();
        assertThat(firstMatchingRoute("/apiary").blockOptional(Duration.ofSeconds(5))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Upstream.class)
    void aCallToAServiceThatIsDownIsAnswered503ProblemNamingTheServiceAtOnce(Upstream upstream) {
        // given the service does not listen and the caller is signed in
        String path = pathOwnedBy(upstream);
        long started = System.nanoTime();

        // when the caller asks for something it owns
        http.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR))
                .exchange()
                // then the caller is told in Chinese which service is unavailable, as a problem document
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo(upstream.displayName() + "暂时不可用，请稍后重试。")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.correlationId").isNotEmpty();

        // and at once, far inside the 10 s time limiter
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aWriteToAServiceThatIsDownIsAnswered503Too() {
        // when an applicant submits a draft while the application service is down
        http.post().uri("/api/applications")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"brandName\": \"大连甘井子金港家政服务师劳务品牌\"}")
                .exchange()
                // then the fallback answers whatever the method
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("申报服务暂时不可用，请稍后重试。")
                .jsonPath("$.instance").isEqualTo("/api/applications");
    }

    @Test
    void callsAreCutAfterTenSecondsAndUploadsAfterSixtyAndConnectingGivesUpAfterTwo() {
        // given one call has gone through each of the two kinds of route
        callAsOperator("/api/eligibility/ping");
        callAsOperator("/api/applications/ping");

        // then the circuit breakers' time limiters use the configured durations
        assertThat(timeLimiters.find("eligibility-service")).get()
                .extracting(limiter -> limiter.getTimeLimiterConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(timeLimiters.find("application-service")).get()
                .extracting(limiter -> limiter.getTimeLimiterConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(60));
        // and the HTTP client waits as long on the upload route, and briefly for any connection
        Route applications = firstMatchingRoute("/api/applications").block(Duration.ofSeconds(5));
        assertThat(String.valueOf(applications.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR))).isEqualTo("60000");
        assertThat(httpClient.getResponseTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(httpClient.getConnectTimeout()).isEqualTo(2000);
    }

    @Test
    void callsToServicesAreObservedSoThatTheTraceContextTravelsWithThem() {
        // the headers themselves are checked against real services in the system tests
        assertThat(observedRequests.getIfAvailable()).as("observation of forwarded requests").isNotNull();
        assertThat(tracePropagators.getIfAvailable()).as("W3C trace context propagator").isNotNull();
    }

    private void callAsOperator(String path) {
        http.get().uri(path).header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.OPERATOR)).exchange()
                .expectStatus().isEqualTo(503);
    }

    /** The route the gateway's handler mapping would pick: the first, in route order, whose predicate matches. */
    private Mono<Route> firstMatchingRoute(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        return routes.getRoutes()
                .concatMap(route -> Flux.from(route.getPredicate().apply(exchange)).filter(Boolean::booleanValue).map(matched -> route))
                .next();
    }

    private static String pathOwnedBy(Upstream upstream) {
        return switch (upstream) {
            case APPLICATION -> "/api/applications";
            case ELIGIBILITY -> "/api/eligibility/assessments";
            case REVIEW_WORKFLOW -> "/api/reviews/pending";
            case BRAND_REGISTRY -> "/api/brands";
            case SUBSIDY -> "/api/subsidies/entitlements";
            case NOTIFICATION -> "/api/notifications/inbox";
        };
    }
}
