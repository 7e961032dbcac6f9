package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dalian.laborbrand.launcher.LocalPlatform;

/**
 * The whole platform started the way {@code ./run.sh} starts it (real PostgreSQL, Kafka and Keycloak with
 * the realm imported, every service and the gateway as their own processes), called through the gateway
 * with tokens Keycloak issues to the demo users.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFoundationSystemIT {

    private static LocalPlatform platform;
    private static PlatformClient client;

    @BeforeAll
    static void theWholeStack(LocalPlatform running, PlatformClient calling) {
        platform = running;
        client = calling;
    }

    @Test
    @Order(1)
    void theGatewayIsUp() {
        var health = client.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest(name = "{0}: {1} may read it, {2} may not")
    @Order(2)
    @CsvSource({
            "/api/applications,                        applicant-a,        reviewer-ganjingzi",
            "/api/eligibility/campaigns/2022/criteria, reviewer-ganjingzi, finance-clerk",
            "/api/reviews/cases,                       reviewer-ganjingzi, applicant-a",
            "/api/brands,                              city-reviewer,      finance-clerk",
            "/api/subsidies/entitlements,              finance-clerk,      applicant-a",
            "/api/notifications,                       applicant-a,        provincial-system",
    })
    void everyServiceAnswersTheRightRoleAndRefusesTheWrongOneThroughTheGateway(String path, String allowed, String refused) {
        // given tokens Keycloak issued to two callers of different roles
        String allowedToken = client.tokenOf(allowed);
        String refusedToken = client.tokenOf(refused);

        // then the owning service serves the one and refuses the other with a problem document
        assertThat(client.get(path, allowedToken).status()).as("%s for %s", path, allowed).isEqualTo(200);
        var refusal = client.get(path, refusedToken);
        assertThat(refusal.status()).as("%s for %s", path, refused).isEqualTo(403);
        assertThat(refusal.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    @Order(3)
    void theProvincialSystemReadsTheRegistryFeedWithItsClientCredentials() {
        assertThat(client.get("/api/registry/events", client.tokenOf("provincial-system")).status()).isEqualTo(200);
        assertThat(client.get("/api/registry/events", client.tokenOf("applicant-a")).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void thePublicPagesNeedNoToken() {
        assertThat(client.get("/api/public/notices", null).status()).isEqualTo(200);
        assertThat(client.get("/api/public/brands", null).status()).isEqualTo(200);
        assertThat(client.get("/api/applications", null).status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void anApplicantCannotReadAnotherOrganisationsApplication() {
        // given a draft of 大连金港人力资源服务有限公司 (applicant-a)
        var created = client.post("/api/applications", client.tokenOf("applicant-a"), """
                {"brandName": "大连甘井子金港家政服务师劳务品牌", "requestedLevels": ["DISTRICT"]}
                """);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");

        // when 大连海湾职业培训学校 (applicant-b) asks for it, then it does not exist for them
        var other = client.get(location, client.tokenOf("applicant-b"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("code").asString()).isEqualTo("NOT_FOUND");

        // and its own unit reads it
        var own = client.get(location, client.tokenOf("applicant-a"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("orgId").asString()).isEqualTo("912102440580649631");
    }

    @Test
    @Order(6)
    void theCorrelationIdReachesTheServiceAndComesBackInItsProblem() {
        // when a request with a correlation id is refused by the service behind the gateway
        var refused = client.post("/api/applications", client.tokenOf("applicant-a"),
                """
                {"brandName": "", "requestedLevels": ["DISTRICT"]}
                """, Map.of("X-Correlation-Id", "system-test-0001"));

        // then the service's own problem document quotes the id the gateway passed on
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().get("correlationId").asString()).isEqualTo("system-test-0001");
        assertThat(refused.header("X-Correlation-Id")).isEqualTo("system-test-0001");
    }

    @Test
    @Order(7)
    void aServiceThatIsDownIsAnswered503QuicklyAndServedAgainWhenBack() {
        // given the subsidy service stops
        platform.stop("subsidy-service");
        String token = client.tokenOf("finance-clerk");

        // when finance staff call it, then the gateway answers at once with a problem naming the outage
        Instant asked = Instant.now();
        var down = client.get("/api/subsidies/entitlements", token);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");

        // and once it is back, it is served again
        platform.restart("subsidy-service");
        assertThat(client.get("/api/subsidies/entitlements", token).status()).isEqualTo(200);
    }
}
