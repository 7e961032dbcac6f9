package cn.dalian.laborbrand.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.callbacks.RosterWorkers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The HTTP adapter to application-service's roster, against a small stand-in server answering as RosterController does:
 * pages followed to the end, the caller's token relayed, refusals and unavailability turned into clear problems.
 */
class ApplicationServiceRosterTest {

    private static final UUID APPLICATION = UUID.fromString("0f8e2d7c-4b1a-4c3e-9d2f-7a6b5c4d3e21");

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private volatile int disclosureStatus = 200;

    @BeforeEach
    void givenApplicationServiceWith150WorkersAndAReviewerSignedIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/applications/" + APPLICATION + "/roster/workers", this::answer);
        server.start();
        Jwt jwt = Jwt.withTokenValue("reviewer-token").header("alg", "none").subject("reviewer-ganjingzi").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        asked.add(exchange.getRequestMethod() + " " + path + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery()));
        tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String body;
        int status = 200;
        if (path.endsWith("/disclosure")) {
            status = disclosureStatus;
            body = status == 200 ? "{\"line\":7,\"name\":\"王建华\",\"idNumber\":\"210211199003071235\",\"phone\":\"13904110007\"}"
                    : "{\"status\":" + status + "}";
        } else {
            Map<String, String> query = Arrays.stream(exchange.getRequestURI().getQuery().split("&"))
                    .map(pair -> pair.split("=")).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            int after = Integer.parseInt(query.get("after"));
            int limit = Integer.parseInt(query.get("limit"));
            // lines 2…151; line 3 a manager the rules do not count, line 4 without an employer
            int first = Math.max(2, after + 1);
            body = IntStream.rangeClosed(first, Math.min(151, first + limit - 1))
                    .mapToObj(line -> "{\"line\":" + line + ",\"year\":2022,\"name\":\"王**\",\"idNumber\":\"2102**********1235\",\"phone\":\"139****"
                            + String.format("%04d", line) + "\",\"employer\":" + (line == 4 ? "null" : "\"大连港集团有限公司\"")
                            + ",\"counting\":\"" + (line == 3 ? "MANAGEMENT" : "COUNTED") + "\",\"countingLabel\":\"计入\",\"trained\":true}")
                    .collect(Collectors.joining(",", "[", "]"));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static ApplicationServiceRoster clientOf(String url) {
        return new ApplicationServiceRoster(RestClient.builder(), new ApplicationServiceProperties(url, Duration.ofMillis(500), Duration.ofSeconds(2)),
                CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults());
    }

    private ApplicationServiceRoster client() {
        return clientOf("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void everyPageIsReadWithTheReviewersOwnToken() {
        List<RosterWorkers.RosterWorker> workers = client().workers(APPLICATION);

        assertThat(workers).hasSize(150);
        assertThat(asked).containsExactly("GET /api/applications/" + APPLICATION + "/roster/workers?after=0&limit=100",
                "GET /api/applications/" + APPLICATION + "/roster/workers?after=101&limit=100");
        assertThat(tokens).containsOnly("Bearer reviewer-token");
        assertThat(workers.get(0)).isEqualTo(new RosterWorkers.RosterWorker(2, 2022, "大连港集团有限公司", "王**", "139****0002", true));
        assertThat(workers.get(1).counted()).isFalse();
        assertThat(workers.get(2).employer()).isNull();
    }

    @Test
    void aDisclosureAsksForOneLineWithTheReasonAndAnswersNameAndPhoneOnly() {
        RosterWorkers.Disclosure disclosed = client().disclose(APPLICATION, 7, "第四季度电话回访");

        assertThat(disclosed).isEqualTo(new RosterWorkers.Disclosure(7, "王建华", "13904110007"));
        assertThat(asked).containsExactly("POST /api/applications/" + APPLICATION + "/roster/workers/7/disclosure");
        assertThat(tokens).containsOnly("Bearer reviewer-token");
    }

    @Test
    void aRefusalIsForbiddenAMissingRosterAConflictAndAServerErrorUnavailable() {
        disclosureStatus = 403;
        assertThatThrownBy(() -> client().disclose(APPLICATION, 7, "第四季度电话回访"))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(RosterProblem.ROSTER_FORBIDDEN));
        disclosureStatus = 404;
        assertThatThrownBy(() -> client().disclose(APPLICATION, 7, "第四季度电话回访"))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(RosterProblem.ROSTER_NOT_FOUND));
        disclosureStatus = 500;
        assertThatThrownBy(() -> client().disclose(APPLICATION, 7, "第四季度电话回访"))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code().status().value()).isEqualTo(503));
    }

    @Test
    void anUnreachableApplicationServiceIsA503ProblemNeverA500() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ApplicationServiceRoster client = clientOf("http://127.0.0.1:" + closed);

        assertThatThrownBy(() -> client.workers(APPLICATION)).isInstanceOfSatisfying(PlatformException.class, refused -> {
            assertThat(refused.code()).isEqualTo(RosterProblem.ROSTER_SERVICE_UNAVAILABLE);
            assertThat(refused.code().defaultDetail()).isEqualTo("申报服务暂时不可用，无法读取该品牌的务工人员花名册，请稍后再试。");
        });
    }
}
