package cn.dalian.laborbrand.subsidy.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.subsidy.FinanceTables;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * subsidy-service against a real PostgreSQL and Kafka, with WireMock playing what lies outside the platform: the treasury's
 * payment system (docs/payment-system-api.md) and, for preparing batches, application-service's payee accounts. The sender
 * and poller run here (every 200 ms), with times scaled down: a 1 s read timeout, back-off from 300 ms to 1 s, a question
 * after 3 s without a callback, the breaker open after 4 failed calls for 2 s. Every payment test shares this one context.
 */
@PlatformIntegrationTest
abstract class AbstractPaymentIT {

    static final String SECRET = "payment-demo-secret-2026";
    static final String JINGANG = "912102440580649631";
    static final String JINGANG_NAME = "大连金港人力资源服务有限公司";
    static final String JINGANG_ACCOUNT = "3400200109100012345";
    static final Duration PAYING = Duration.ofSeconds(30);

    static final WireMockServer WIREMOCK = started();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void outsideTheService(DynamicPropertyRegistry properties) {
        properties.add("PAYMENT_SYSTEM_URI", WIREMOCK::baseUrl);
        properties.add("APPLICATION_SERVICE_URI", WIREMOCK::baseUrl);
        properties.add("laborbrand.subsidy.payment.jobs-enabled", () -> "true");
        properties.add("laborbrand.subsidy.payment.read-timeout", () -> "1s");
        properties.add("laborbrand.subsidy.payment.send-interval", () -> "200ms");
        properties.add("laborbrand.subsidy.payment.retry-first", () -> "300ms");
        properties.add("laborbrand.subsidy.payment.retry-longest", () -> "1s");
        properties.add("laborbrand.subsidy.payment.poll-after", () -> "3s");
        properties.add("laborbrand.subsidy.payment.lease", () -> "20s");
        properties.add("resilience4j.retry.instances.payment-system.wait-duration", () -> "100ms");
        properties.add("resilience4j.circuitbreaker.instances.payment-system.sliding-window-size", () -> "4");
        properties.add("resilience4j.circuitbreaker.instances.payment-system.minimum-number-of-calls", () -> "4");
        properties.add("resilience4j.circuitbreaker.instances.payment-system.wait-duration-in-open-state", () -> "2s");
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @BeforeEach
    void givenJingangsAccountAndA2026Budget() {
        cleanUp();
        WIREMOCK.stubFor(get(urlPathMatching("/api/organisations/[0-9A-Z]{18}/payee-account")).willReturn(okJson("""
                {"accountName": "%s", "bankName": "中国工商银行大连星海支行", "number": "%s"}""".formatted(JINGANG_NAME, JINGANG_ACCOUNT))));
        // a payment system asked about a payment it holds says it is still under way, unless a test says otherwise
        WIREMOCK.stubFor(get(urlPathMatching("/v1/payments/.+")).atPriority(10).willReturn(okJson("{\"status\": \"ACCEPTED\"}")));
        breakers.circuitBreaker(PaymentSystemClient.NAME).reset();
        http.put().uri("/api/subsidies/budgets/2026").headers(Tokens.as(TestUser.FINANCE_APPROVER)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("allocationFen", 100_000_000L, "reference", "大财社〔2026〕12号")).exchange().expectStatus().isOk();
    }

    /** Other tests delete entitlements, which payments refer to; and this context's sender keeps running after them. */
    @AfterEach
    void cleanUp() {
        FinanceTables.clear(jdbc);
        WIREMOCK.resetAll();
    }

    /** Whatever another test class's batches queue, this context's sender finds no payment system that takes it. */
    @AfterAll
    static void noPaymentSystemAfterwards() {
        WIREMOCK.resetAll();
    }

    /** The payment system accepts every payment (202), under its transaction id. */
    static void acceptingPayments() {
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withBody(answer("ACCEPTED", "DLBK20261201000123"))));
    }

    /** The payment system's view of a payment in that status, as its answers carry it. */
    static String answer(String status, String transactionId) {
        return """
                {"reference": "ignored", "transactionId": "%s", "status": "%s", "acceptedAt": "2026-12-01T06:30:00Z"}"""
                .formatted(transactionId, status);
    }

    /** A waiting entitlement of 大连金港 of the amount. */
    UUID entitlement(String level, long amountFen) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, certification_level, amount_fen, status, created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, '大连甘井子金港家政服务师劳务品牌', :level, :amountFen, 'CREATED', :createdAt, 0)
                """)
                .param("id", id).param("brandId", UUID.randomUUID()).param("applicationId", UUID.randomUUID())
                .param("orgId", JINGANG).param("unitName", JINGANG_NAME).param("level", level).param("amountFen", amountFen)
                .param("createdAt", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Prepared by the clerk, approved by another person: its payments are queued and the sender takes them at once. */
    UUID approvedBatch(UUID... entitlementIds) {
        http.post().uri("/api/subsidies/batches").headers(Tokens.as(TestUser.FINANCE_CLERK)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "entitlementIds", List.of(entitlementIds))).exchange().expectStatus().isCreated();
        UUID batch = jdbc.sql("SELECT id FROM payment_batch ORDER BY prepared_at DESC LIMIT 1").query(UUID.class).single();
        http.post().uri("/api/subsidies/batches/" + batch + "/approval").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isOk();
        return batch;
    }

    /** The payment system's callback as it sends it: signed with the shared secret, no platform token. */
    RestTestClient.ResponseSpec callback(String reference, String status, long amountFen, String transactionId) {
        String body = """
                {"notificationId": "%s", "reference": "%s", "transactionId": %s, "status": "%s", "amountFen": %d,
                 "failureCode": %s, "failureReason": %s, "completedAt": "2026-12-01T06:30:05Z", "sentAt": "2026-12-01T06:30:05Z"}"""
                .formatted(UUID.randomUUID(), reference, quoted(transactionId), status, amountFen,
                        status.equals("FAILED") ? "\"ACCOUNT_CLOSED\"" : "null", status.equals("FAILED") ? "\"收款账户已销户\"" : "null");
        return signedCallback(body.getBytes(StandardCharsets.UTF_8), SECRET, Instant.now());
    }

    RestTestClient.ResponseSpec signedCallback(byte[] body, String secret, Instant at) {
        long timestamp = at.getEpochSecond();
        return http.post().uri(PaymentCallbackController.PATH).contentType(MediaType.APPLICATION_JSON)
                .header("X-Merchant-Id", "dalian-hrss-laborbrand")
                .header(PaymentSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(PaymentSignature.SIGNATURE_HEADER, new PaymentSignature(secret).sign(timestamp, body))
                .body(body)
                .exchange();
    }

    String reference(UUID entitlement) {
        return jdbc.sql("SELECT reference FROM payment WHERE entitlement_id = :id ORDER BY attempt DESC LIMIT 1").param("id", entitlement)
                .query(String.class).single();
    }

    String paymentStatus(UUID entitlement) {
        return jdbc.sql("SELECT status FROM payment WHERE entitlement_id = :id ORDER BY attempt DESC LIMIT 1").param("id", entitlement)
                .query(String.class).optional().orElse("NONE");
    }

    String entitlementStatus(UUID entitlement) {
        return jdbc.sql("SELECT status FROM entitlement WHERE id = :id").param("id", entitlement).query(String.class).single();
    }

    void awaitPayment(UUID entitlement, String status) {
        await().atMost(PAYING).until(() -> paymentStatus(entitlement).equals(status));
    }

    /** reserved, paid and remaining of 2026, in fen. */
    long[] budget2026() {
        return jdbc.sql("SELECT reserved_fen, paid_fen, allocation_fen - reserved_fen - paid_fen AS remaining FROM budget WHERE year = 2026")
                .query((row, n) -> new long[] { row.getLong("reserved_fen"), row.getLong("paid_fen"), row.getLong("remaining") }).single();
    }

    /** Every payment the payment system was sent. */
    static List<LoggedRequest> sentPayments() {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo("/v1/payments")));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
