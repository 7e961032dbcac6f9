package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.web.CorrelationId;

/**
 * What every service of the platform promises, checked against the running service with real
 * servers behind it: its own database migrated by Flyway, Keycloak-shaped tokens validated, 401/403
 * answered as problems, bad input answered as a validation problem, health and metrics exposed, the
 * correlation id honoured, Kafka reachable. A service's test extends this and names one protected
 * endpoint, the roles that may and may not call it, and one bad request.
 */
@PlatformIntegrationTest
public abstract class ServiceFoundationContract {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Value("${spring.application.name}")
    private String serviceName;

    @Autowired
    protected RestTestClient http;

    /** The database this service owns (created on first start if missing). */
    protected abstract String ownDatabase();

    /** A protected read the right caller may make. */
    protected abstract Call allowedCall();

    /** The same kind of call by a caller whose role does not allow it. */
    protected abstract Call forbiddenCall();

    /** A request the service must refuse as invalid input, and a field the answer must name (or null). */
    protected abstract Call invalidCall();

    protected abstract String invalidField();

    /** One HTTP call: method, path, caller (null for anonymous) and JSON body (or null). */
    public record Call(HttpMethod method, String path, TestUser caller, String body) {

        public static Call get(String path, TestUser caller) {
            return new Call(HttpMethod.GET, path, caller, null);
        }

        public static Call post(String path, TestUser caller, String body) {
            return new Call(HttpMethod.POST, path, caller, body);
        }

        public Call anonymously() {
            return new Call(method, path, null, body);
        }
    }

    protected RestTestClient.ResponseSpec send(Call call) {
        return send(call, null);
    }

    protected RestTestClient.ResponseSpec send(Call call, String correlationId) {
        var request = http.method(call.method()).uri(call.path());
        if (call.caller() != null) {
            request.headers(Tokens.as(call.caller()));
        }
        if (correlationId != null) {
            request.header(CorrelationId.HEADER, correlationId);
        }
        if (call.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(call.body());
        }
        return request.exchange();
    }

    @Test
    void flywayMigratedTheServicesOwnDatabase() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo(ownDatabase());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isPositive();
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401Problem() {
        send(allowedCall().anonymously())
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("登录"));
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        Call call = allowedCall();
        http.method(call.method()).uri(call.path())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forOtherAudience(call.caller()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aForgedTokenIsRefused() {
        Call call = allowedCall();
        String token = Tokens.of(call.caller());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        http.method(call.method()).uri(call.path())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aCallerWithTheWrongRoleIsRefusedWith403Problem() {
        send(forbiddenCall())
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ACCESS_DENIED")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("权限"));
    }

    @Test
    void aCallerWithTheRightRoleIsServed() {
        send(allowedCall()).expectStatus().is2xxSuccessful();
    }

    @Test
    void invalidInputIsAnsweredWithAValidationProblem() {
        var body = send(invalidCall())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.type").isEqualTo("urn:laborbrand:problem:validation-failed")
                .jsonPath("$.instance").isEqualTo(invalidCall().path().replaceAll("\\?.*", ""));
        if (invalidField() != null) {
            body.jsonPath("$.errors[?(@.field == '" + invalidField() + "')]").exists();
        }
    }

    @Test
    void anUnknownPathIsAnswered404Problem() {
        send(Call.get("/api/no-such-thing", allowedCall().caller()))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void theCorrelationIdIsEchoedAndQuotedInProblems() {
        send(allowedCall().anonymously(), "test-correlation-0001")
                .expectHeader().valueEquals(CorrelationId.HEADER, "test-correlation-0001")
                .expectBody().jsonPath("$.correlationId").isEqualTo("test-correlation-0001");
    }

    @Test
    void healthIsOpenToAnyoneAndUp() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForOperatorsAndTheScraperOnly() {
        send(Call.get("/actuator/prometheus", null)).expectStatus().isUnauthorized();
        send(Call.get("/actuator/prometheus", TestUser.APPLICANT_A)).expectStatus().isForbidden();
        send(Call.get("/actuator/prometheus", TestUser.OPERATOR))
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).contains("application=\"" + serviceName + "\""));
        send(Call.get("/actuator/prometheus", TestUser.METRICS_SCRAPER)).expectStatus().isOk();
        // the scraper's role opens nothing else of the actuator
        send(Call.get("/actuator/deadletters", TestUser.METRICS_SCRAPER)).expectStatus().isForbidden();
    }

    @Test
    void theOpenApiDescriptionIsPublished() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo(serviceName);
    }

    @Test
    void theKafkaProducerReachesTheBroker() throws Exception {
        var sent = kafka.send("laborbrand.platform.ping", serviceName, "ping").get(30, TimeUnit.SECONDS);
        assertThat(sent.getRecordMetadata().hasOffset()).isTrue();
    }
}
