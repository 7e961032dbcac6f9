package cn.dalian.laborbrand.subsidy.payee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.subsidy.batch.BatchProblem;
import cn.dalian.laborbrand.subsidy.batch.PayeeAccount;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The HTTP adapter to application-service's payee-account read, against a small stand-in server answering as
 * PayeeAccountController does: the clerk's token relayed, a unit without a profile an account missing, failures a 503 problem.
 */
class ApplicationServicePayeeAccountsTest {

    private static final String JINGANG = "912102440580649631";
    /** As application.yml configures it: once more after a failed connection, never after an answer. */
    private static final RetryRegistry RETRIES = RetryRegistry.of(RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10))
            .retryExceptions(ResourceAccessException.class).build());

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void givenApplicationServiceAndAClerkSignedIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/organisations/", this::answer);
        server.start();
        Jwt jwt = Jwt.withTokenValue("clerk-token").header("alg", "none").subject("finance-clerk").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String body = status == 200
                ? "{\"accountName\":\"大连金港人力资源服务有限公司\",\"bankName\":\"中国工商银行大连甘井子支行\",\"number\":\"3400200109000123456\"}"
                : "{\"status\":" + status + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static ApplicationServicePayeeAccounts clientOf(String url, CircuitBreakerRegistry breakers) {
        return new ApplicationServicePayeeAccounts(RestClient.builder(),
                new ApplicationServiceProperties(url, Duration.ofMillis(500), Duration.ofSeconds(2)), breakers, RETRIES);
    }

    private ApplicationServicePayeeAccounts client() {
        return clientOf("http://127.0.0.1:" + server.getAddress().getPort(), CircuitBreakerRegistry.ofDefaults());
    }

    @Test
    void theUnitsAccountIsReadWithTheClerksOwnToken() {
        Optional<PayeeAccount> account = client().of(JINGANG);

        assertThat(account).contains(new PayeeAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109000123456"));
        assertThat(asked).containsExactly("GET /api/organisations/" + JINGANG + "/payee-account");
        assertThat(tokens).containsOnly("Bearer clerk-token");
    }

    @Test
    void aUnitWithoutAProfileHasNoAccount() {
        status = 404;

        assertThat(client().of(JINGANG)).isEmpty();
    }

    @Test
    void aServerErrorOrARefusalIsA503ProblemAndNotRetried() {
        status = 500;
        assertThatThrownBy(() -> client().of(JINGANG))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(BatchProblem.PAYEE_SERVICE_UNAVAILABLE));
        status = 403;
        assertThatThrownBy(() -> client().of(JINGANG))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code().status().value()).isEqualTo(503));
        assertThat(asked).hasSize(2);
    }

    @Test
    void anUnreachableApplicationServiceIsA503ProblemNeverA500() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ApplicationServicePayeeAccounts client = clientOf("http://127.0.0.1:" + closed, CircuitBreakerRegistry.ofDefaults());

        assertThatThrownBy(() -> client.of(JINGANG))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(BatchProblem.PAYEE_SERVICE_UNAVAILABLE));
    }

    @Test
    void anOpenBreakerAnswers503WithoutCallingApplicationService() {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().minimumNumberOfCalls(2).slidingWindowSize(2).build());
        ApplicationServicePayeeAccounts client = clientOf("http://127.0.0.1:" + server.getAddress().getPort(), breakers);
        status = 500;
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.of(JINGANG)).isInstanceOf(PlatformException.class);
        }
        asked.clear();
        status = 200;

        assertThatThrownBy(() -> client.of(JINGANG))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(BatchProblem.PAYEE_SERVICE_UNAVAILABLE));
        assertThat(asked).isEmpty();
    }
}
