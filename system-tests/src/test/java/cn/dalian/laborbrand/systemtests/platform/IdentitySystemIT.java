package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.dalian.laborbrand.launcher.LocalPlatform;

/**
 * The realm as the running Keycloak enforces it (deploy/keycloak/laborbrand-realm.json): accounts lock after
 * repeated wrong passwords, the browser's {@code spa} client has no password grant while the demo realm's test
 * client has, and Prometheus's client reads metrics but nothing an operator may. That the leading group and
 * finance answer an OTP in the browser log-in is shown by the browser tests, which sign in with a code.
 */
@ExtendWith(RunningPlatform.class)
class IdentitySystemIT {

    /** A demo user the other tests here do not sign in as; unlocked again at the end of its test. */
    private static final String LOCKED_OUT = "applicant-b";

    private static LocalPlatform platform;
    private static PlatformClient client;
    private static DemoRealm realm;

    @BeforeAll
    static void theWholeStack(LocalPlatform running, PlatformClient calling) {
        platform = running;
        client = calling;
        realm = new DemoRealm(running.options().repositoryRoot().resolve("deploy/keycloak/laborbrand-realm.json"));
    }

    @Test
    void fiftyWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        KeycloakAdmin admin = new KeycloakAdmin(platform.keycloakUrl(), client);
        String userId = admin.userId(LOCKED_OUT);
        try {
            // given 50 wrong passwords in a row
            for (int attempt = 1; attempt <= 50; attempt++) {
                var wrong = passwordGrant(DemoRealm.TEST_CLIENT, LOCKED_OUT, "Wrong@Password-" + attempt);
                assertThat(wrong.json().get("error").asString()).as(wrong.toString()).isEqualTo("invalid_grant");
            }

            // then even the right password is refused (answered like a wrong one: a lockout reveals nothing), and
            // Keycloak reports the account as locked
            var refused = passwordGrant(DemoRealm.TEST_CLIENT, LOCKED_OUT, realm.passwordOf(LOCKED_OUT));
            assertThat(refused.status()).as(refused.toString()).isIn(400, 401);
            assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
            JsonNode status = admin.bruteForceStatus(userId);
            assertThat(status.get("disabled").asBoolean()).as(status.toString()).isTrue();
        } finally {
            admin.unlock(userId);
        }
        // and once an administrator unlocks it, the right password works again
        assertThat(passwordGrant(DemoRealm.TEST_CLIENT, LOCKED_OUT, realm.passwordOf(LOCKED_OUT)).status()).isEqualTo(200);
    }

    @Test
    void theBrowsersClientRefusesThePasswordGrant() {
        var answer = passwordGrant("spa", "applicant-a", realm.passwordOf("applicant-a"));

        assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
        assertThat(answer.json().get("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void theDemoTestClientGivesTokensWithoutOtpEvenToTheLeadingGroupAndFinance() {
        for (String user : new String[] { "leading-group", "finance-clerk", "finance-approver", "applicant-a" }) {
            JsonNode claims = payload(client.tokenOf(user));

            assertThat(claims.get("preferred_username").asString()).isEqualTo(user);
            assertThat(claims.get("azp").asString()).isEqualTo(DemoRealm.TEST_CLIENT);
            assertThat(claims.get("aud").toString()).contains("laborbrand-api");
        }
    }

    @Test
    void prometheusClientReadsMetricsButNothingAnOperatorMay() {
        String scraper = client.tokenOf(PlatformClient.MONITORING);
        URI service = platform.url("application-service");

        assertThat(payload(scraper).get("realm_access").get("roles").toString()).contains("METRICS_SCRAPER").doesNotContain("OPERATOR");
        assertThat(client.get("/actuator/prometheus", scraper).status()).as("the gateway's metrics").isEqualTo(200);
        assertThat(client.get(service.resolve("/actuator/prometheus").toString(), scraper).status()).as("a service's metrics").isEqualTo(200);
        // an operator's endpoint: the operator reads it, the scraper is refused
        String deadLetters = service.resolve("/actuator/deadletters").toString();
        assertThat(client.get(deadLetters, client.tokenOf("operator")).status()).isEqualTo(200);
        var refused = client.get(deadLetters, scraper);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    private static PlatformClient.Response passwordGrant(String clientId, String username, String password) {
        return client.tokenRequest(DemoRealm.form("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    private static JsonNode payload(String jwt) {
        String body = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body);
    }
}
