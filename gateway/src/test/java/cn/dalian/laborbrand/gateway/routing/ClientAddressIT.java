package cn.dalian.laborbrand.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import cn.dalian.laborbrand.gateway.GatewayClient;
import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;

/**
 * A service sees the client's address as the last X-Forwarded-For entry, the one the gateway appends; what the client
 * wrote before it stays in front. review-workflow limits the public's objections per that entry. For this test alone
 * review-workflow's port is held by a socket of the test (and the route's breaker, which other tests open against the
 * down service, does not open here).
 */
@GatewayIntegrationTest
@TestPropertySource(properties = "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=1000")
class ClientAddressIT {

    @LocalServerPort
    int port;

    @Test
    void theServiceGetsTheCallersAddressAsTheLastForwardedEntry() throws Exception {
        int reviewPort = URI.create(GatewayTestInitializer.serviceUri(Upstream.REVIEW_WORKFLOW)).getPort();
        try (ServerSocket review = new ServerSocket()) {
            review.setReuseAddress(true);
            review.bind(new InetSocketAddress("127.0.0.1", reviewPort));
            review.setSoTimeout(20_000);
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> answerOnce(review));

            // when a member of the public objects, with an address of its own invention in X-Forwarded-For
            GatewayClient.on(port).post().uri("/api/public/notices/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/objections")
                    .header("X-Forwarded-For", "198.51.100.7")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"content\": \"异议\"}")
                    .exchange()
                    .expectStatus().isCreated();

            // then the service reads the gateway's own observation last
            assertThat(received.get(30, TimeUnit.SECONDS).toLowerCase(Locale.ROOT)).contains("x-forwarded-for: 198.51.100.7,127.0.0.1");
        }
    }

    /** Reads one request's head and answers 201. */
    private static String answerOnce(ServerSocket review) {
        try (Socket service = review.accept()) {
            InputStream in = service.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.write(next);
            }
            service.getOutputStream().write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            service.getOutputStream().flush();
            return head.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
