package cn.dalian.laborbrand.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import com.sun.net.httpserver.HttpServer;

import cn.dalian.laborbrand.gateway.ChunkedUpload;
import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * application-service's breaker counts what application-service does, not what its callers' bodies do: bodies over the
 * limit, bodies sent slower than the breaker's time limiter (1.5 s here) and bodies broken off by their client are
 * none of the service's failures, so that a few such clients cannot open the breaker for everyone. (A breaker route's
 * body is read whole before the breaker's call starts, for its fallback; the call measures only the service.)
 * For this test application-service's port is held by a stand-in that answers every call.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = "GATEWAY_UPLOAD_TIMEOUT_MS=1500")
class BreakerMeasuresUpstreamIT {

    private static final String PATH = "/api/applications/42/submission";
    private static final int CLIENTS = 10;

    private static HttpServer application;

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeAll
    static void applicationServiceAnswers() throws IOException {
        int applicationPort = URI.create(GatewayTestInitializer.serviceUri(Upstream.APPLICATION)).getPort();
        application = HttpServer.create(new InetSocketAddress("127.0.0.1", applicationPort), 0);
        application.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"status\":\"SUBMITTED\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        application.start();
    }

    @AfterAll
    static void applicationServiceStops() {
        application.stop(0);
    }

    @Test
    void oversizedSlowAndBrokenOffBodiesDoNotCountAgainstTheService() throws Exception {
        ChunkedUpload upload = new ChunkedUpload(port, PATH, Tokens.of(TestUser.APPLICANT_A), MediaType.APPLICATION_JSON_VALUE);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // given clients that send 2 MB where 1 KB is allowed, clients that take 2 s for 500 bytes, clients that hang up
            List<Future<ChunkedUpload.Outcome>> oversized = submit(clients, () -> upload.send(2 * 1024 * 1024, 16 * 1024, Duration.ZERO));
            List<Future<ChunkedUpload.Outcome>> slow = submit(clients, () -> upload.send(500, 100, Duration.ofMillis(400)));
            List<Future<ChunkedUpload.Outcome>> brokenOff = submit(clients, () -> upload.abortAfter(300, 100));

            // then the oversized are refused, and the slow ones answered by the service once their body is complete
            for (Future<ChunkedUpload.Outcome> call : oversized) {
                assertThat(call.get().status()).isEqualTo(413);
            }
            for (Future<ChunkedUpload.Outcome> call : slow) {
                assertThat(call.get().status()).isEqualTo(200);
            }
            for (Future<ChunkedUpload.Outcome> call : brokenOff) {
                call.get();
            }
        }

        // and a plain call still reaches the service through a closed breaker that has recorded no failure
        GatewayClient.on(port).post().uri(PATH)
                .header("Authorization", Tokens.bearer(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
        CircuitBreaker breaker = breakers.circuitBreaker(Upstream.APPLICATION.routeId());
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getMetrics().getNumberOfSlowCalls()).isZero();
        // the breaker seen here is the route's: it counted the slow clients' calls and the plain one
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(CLIENTS + 1);
    }

    private static List<Future<ChunkedUpload.Outcome>> submit(ExecutorService clients, Callable<ChunkedUpload.Outcome> call) {
        return IntStream.range(0, CLIENTS).mapToObj(i -> clients.submit(call)).toList();
    }
}
