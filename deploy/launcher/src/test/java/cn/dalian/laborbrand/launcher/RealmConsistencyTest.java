package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.dalian.laborbrand.platform.security.PlatformClaims;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.TestUser;

/**
 * The realm file against what the platform's code expects of Keycloak's tokens: the roles of {@link Role},
 * the users of {@link TestUser} (the tests' stand-ins for the demo users), the claims of {@link PlatformClaims}.
 * The system tests prove the same against the running Keycloak; this catches a slip in a second.
 */
class RealmConsistencyTest {

    /** The client notification-service reads staff from Keycloak's Admin REST API with. */
    private static final String NOTIFICATION_CLIENT = "notification-service";
    /** The staff's mobile, for SMS: a user attribute the user profile declares. */
    private static final String MOBILE = "mobile";

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        Path file = LaunchOptions.findRepositoryRoot(Path.of("")).resolve(KeycloakServer.REALM_FILE);
        realm = new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void isTheLaborbrandRealmWithShortLivedAccessTokens() {
        assertThat(realm.path("realm").asText()).isEqualTo(KeycloakServer.REALM);
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(300, 900);
    }

    @Test
    void declaresExactlyThePlatformsRolesEachWithAChineseDescription() {
        List<String> names = new ArrayList<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (role.path("name").asText().equals(realm.path("defaultRole").path("name").asText())) {
                continue;
            }
            names.add(role.path("name").asText());
            assertThat(role.path("description").asText()).as(role.path("name").asText()).containsPattern("\\p{IsHan}");
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void theSpaIsAPublicClientWithPkceAndItsDevelopmentOrigins() {
        JsonNode spa = client("spa");

        assertThat(spa.path("publicClient").asBoolean()).isTrue();
        assertThat(spa.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(spa.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(spa.path("directAccessGrantsEnabled").asBoolean()).as("no password grant on the browser's client").isFalse();
        assertThat(spa.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(spa.path("redirectUris")))
                .contains("http://localhost:5173/*", "http://127.0.0.1:5173/*", "http://127.0.0.1:8080/*");
        assertThat(texts(spa.path("webOrigins"))).contains("http://localhost:5173", "http://127.0.0.1:5173", "http://127.0.0.1:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"provincial-system", "monitoring", NOTIFICATION_CLIENT})
    void theMachineClientsUseClientCredentialsOnly(String clientId) {
        JsonNode client = client(clientId);

        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).isNotBlank();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    }

    @Test
    void notificationServiceReadsStaffThroughTheAdminApiAndMayChangeNothing() {
        JsonNode account = user("service-account-" + NOTIFICATION_CLIENT);

        assertThat(account.path("serviceAccountClientId").asText()).isEqualTo(NOTIFICATION_CLIENT);
        assertThat(texts(account.path("realmRoles"))).as("no platform role: its tokens are for Keycloak only").isEmpty();
        // view-realm for GET /admin/realms/laborbrand/roles/{role}/users, the others for the users and their attributes
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users", "view-realm");
        assertThat(account.path("clientRoles").properties()).as("roles of other clients").hasSize(1);
    }

    @Test
    void noOtherServiceAccountMayUseTheAdminApi() {
        for (JsonNode user : realm.path("users")) {
            if (!user.path("serviceAccountClientId").asText().equals(NOTIFICATION_CLIENT)) {
                assertThat(user.path("clientRoles").path("realm-management").isMissingNode()).as(user.path("username").asText()).isTrue();
            }
        }
    }

    @Test
    void everyStaffMemberHasAnEmailAndTheirOwnMobileForMessages() {
        List<JsonNode> staff = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> !user.has("serviceAccountClientId"))
                .filter(user -> !texts(user.path("realmRoles")).contains(Role.APPLICANT.name())).toList();

        assertThat(staff).isNotEmpty().allSatisfy(user -> {
            assertThat(user.path("email").asText()).as(user.path("username").asText()).contains("@");
            assertThat(attribute(user, MOBILE)).as(user.path("username").asText()).matches("1[3-9]\\d{9}");
        });
        assertThat(staff.stream().map(user -> attribute(user, MOBILE))).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spa", RealmFile.DEMO_TEST_CLIENT, "provincial-system", "monitoring"})
    void everyClientPutsThePlatformAudienceIntoItsAccessTokens(String clientId) {
        JsonNode audience = mapper(client(clientId), "oidc-audience-mapper").orElseThrow();

        assertThat(audience.path("config").path("included.custom.audience").asText()).isEqualTo(PlatformClaims.API_AUDIENCE);
        assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spa", RealmFile.DEMO_TEST_CLIENT})
    void theUserClientsMapTheAccountAttributesIntoAccessTokenClaimsOfTheSameName(String clientId) {
        for (String attribute : List.of(PlatformClaims.ORG_ID, PlatformClaims.DISTRICT)) {
            theClientMapsTheUserAttributeIntoAnAccessTokenClaimOfTheSameName(client(clientId), attribute);
        }
    }

    private static void theClientMapsTheUserAttributeIntoAnAccessTokenClaimOfTheSameName(JsonNode client, String attribute) {
        JsonNode mapper = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper"))
                .filter(m -> m.path("config").path("user.attribute").asText().equals(attribute))
                .findFirst().orElseThrow();

        assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo(attribute);
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void noClientButTheNamedDemoOneAllowsThePasswordGrant() {
        List<String> withPasswordGrant = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("directAccessGrantsEnabled").asBoolean())
                .map(client -> client.path("clientId").asText()).toList();

        assertThat(withPasswordGrant).containsExactly(RealmFile.DEMO_TEST_CLIENT);
        assertThat(client(RealmFile.DEMO_TEST_CLIENT).path("description").asText()).contains("演示").contains("测试").contains("never in production");
        assertThat(client(RealmFile.DEMO_TEST_CLIENT).path("standardFlowEnabled").asBoolean()).as("no browser log-in").isFalse();
    }

    @Test
    void theDemoTestClientsPasswordGrantIsBoundToAFlowWithoutOtpThatStillChecksThePassword() {
        String flowId = client(RealmFile.DEMO_TEST_CLIENT).path("authenticationFlowBindingOverrides").path("direct_grant").asText();
        JsonNode flow = StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(f -> f.path("id").asText().equals(flowId)).findFirst()
                .orElseThrow(() -> new AssertionError("the override names no flow of the file (Keycloak maps the file's flow ids on import)"));

        assertThat(flow.path("topLevel").asBoolean()).isTrue();
        assertThat(authenticators(flow)).containsExactly("direct-grant-validate-username", "direct-grant-validate-password");
    }

    @Test
    void noServiceAccountHoldsOperatorAndTheScraperOnlyScrapes() {
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                assertThat(texts(user.path("realmRoles"))).as(user.path("username").asText()).doesNotContain(Role.OPERATOR.name());
            }
        }
        assertThat(texts(user("service-account-monitoring").path("realmRoles"))).containsExactly(Role.METRICS_SCRAPER.name());
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresAndLimitsPasswordsAndSessions() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).as("temporary: an attacker cannot lock a person out for good").isFalse();
        assertThat(realm.path("failureFactor").asInt()).as("50 wrong passwords lock the account").isBetween(1, 50);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(realm.path("sslRequired").asText()).isIn("external", "all");
        assertThat(realm.path("revokeRefreshToken").asBoolean()).as("refresh tokens rotate").isTrue();
        assertThat(realm.path("refreshTokenMaxReuse").asInt()).isZero();
        assertThat(realm.path("offlineSessionMaxLifespanEnabled").asBoolean()).isTrue();
        assertThat(realm.path("offlineSessionMaxLifespan").asInt()).isBetween(1, 30 * 24 * 3600);
    }

    @Test
    void nobodyHoldsOfflineAccessByDefault() {
        String defaultRole = realm.path("defaultRole").path("name").asText();
        JsonNode role = StreamSupport.stream(realm.path("roles").path("realm").spliterator(), false)
                .filter(r -> r.path("name").asText().equals(defaultRole)).findFirst().orElseThrow();

        assertThat(texts(role.path("composites").path("realm"))).doesNotContain("offline_access");
    }

    @Test
    void theBrowserLogInAsksTheLeadingGroupAndFinanceForAnOtpOnce() {
        JsonNode browser = flow(realm.path("browserFlow").asText());
        JsonNode forms = flow(subflows(browser).getFirst());

        List<String> otpFlows = subflows(forms);
        assertThat(otpFlows).hasSize(RealmFile.OTP_ROLES.size());
        List<String> asked = new ArrayList<>();
        for (String alias : otpFlows) {
            JsonNode flow = flow(alias);
            assertThat(authenticators(flow)).contains("auth-otp-form");
            List<JsonNode> conditions = configs(flow);
            // asked for its role unless a role asked before: one OTP form per person, whatever roles they hold
            assertThat(conditions).filteredOn(c -> c.path("negate").asText().equals("false")).hasSize(1);
            String role = conditions.stream().filter(c -> c.path("negate").asText().equals("false")).findFirst().orElseThrow()
                    .path("condUserRole").asText();
            assertThat(conditions.stream().filter(c -> c.path("negate").asText().equals("true")).map(c -> c.path("condUserRole").asText()))
                    .containsExactlyInAnyOrderElementsOf(asked);
            asked.add(role);
        }
        assertThat(asked).containsExactlyInAnyOrderElementsOf(RealmFile.OTP_ROLES);
    }

    @Test
    void everyDemoUserWhoMustAnswerAnOtpHasATotpSecretTheReadmesShow() throws IOException {
        Path root = LaunchOptions.findRepositoryRoot(Path.of(""));
        RealmFile file = RealmFile.read(root.resolve(KeycloakServer.REALM_FILE));
        String readme = Files.readString(root.resolve("README.md"));
        String deployReadme = Files.readString(root.resolve("deploy/README.md"));
        for (RealmFile.DemoUser user : file.users()) {
            boolean asked = user.roles().stream().anyMatch(RealmFile.OTP_ROLES::contains);
            assertThat(user.otpSecret() != null).as(user.username()).isEqualTo(asked);
            if (asked) {
                assertThat(user.otpSecret()).matches("[A-Z2-7]{32}");
                assertThat(readme).as("README.md").contains(user.otpSecret());
                assertThat(deployReadme).as("deploy/README.md").contains("`" + user.username() + "` | `" + user.otpSecret() + "`");
            }
        }
    }

    @Test
    void theUserProfileDeclaresTheAttributesKeycloakWouldOtherwiseDrop() throws IOException {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());

        assertThat(StreamSupport.stream(profile.path("attributes").spliterator(), false).map(a -> a.path("name").asText()))
                .contains("username", "email", "firstName", "lastName", PlatformClaims.ORG_ID, PlatformClaims.DISTRICT, MOBILE);
        // notification-service reads the mobile through the Admin REST API: the administrators' view must include it
        JsonNode mobile = StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .filter(a -> a.path("name").asText().equals(MOBILE)).findFirst().orElseThrow();
        assertThat(texts(mobile.path("permissions").path("view"))).contains("admin");
    }

    static List<TestUser> testUsers() throws IllegalAccessException {
        List<TestUser> users = new ArrayList<>();
        for (Field field : TestUser.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == TestUser.class) {
                users.add((TestUser) field.get(null));
            }
        }
        return users;
    }

    @ParameterizedTest
    @MethodSource("testUsers")
    void everyTestUserIsADemoUserWithTheSameRolesOrganisationAndDistrict(TestUser expected) {
        JsonNode user = user(expected.username());

        assertThat(texts(user.path("realmRoles"))).containsExactlyInAnyOrderElementsOf(expected.roles().stream().map(Role::name).toList());
        assertThat(attribute(user, PlatformClaims.ORG_ID)).isEqualTo(expected.orgId());
        assertThat(attribute(user, PlatformClaims.DISTRICT)).isEqualTo(expected.district());
        if (expected.displayName() != null) {
            assertThat(user.path("lastName").asText() + user.path("firstName").asText()).isEqualTo(expected.displayName());
        }
    }

    @Test
    void theMachinesAreTheServiceAccountsOfTheirClients() {
        assertThat(user(TestUser.PROVINCIAL_SYSTEM.username()).path("serviceAccountClientId").asText()).isEqualTo("provincial-system");
        assertThat(user(TestUser.METRICS_SCRAPER.username()).path("serviceAccountClientId").asText()).isEqualTo("monitoring");
    }

    @Test
    void everyPersonCanLogInWithTheOneDemoPasswordThatNeverExpires() {
        List<JsonNode> people = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> !user.has("serviceAccountClientId")).toList();

        assertThat(people).isNotEmpty().allSatisfy(user -> {
            JsonNode credential = user.path("credentials").path(0);
            assertThat(credential.path("type").asText()).isEqualTo("password");
            assertThat(credential.path("value").asText()).isEqualTo(people.getFirst().path("credentials").path(0).path("value").asText());
            assertThat(credential.path("temporary").asBoolean()).isFalse();
            // Keycloak's default user profile requires these; a user without them could not log in without a form
            assertThat(user.path("email").asText()).contains("@");
            assertThat(user.path("firstName").asText()).containsPattern("\\p{IsHan}");
            assertThat(user.path("lastName").asText()).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void everyAssignedRoleExists() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        for (JsonNode user : realm.path("users")) {
            assertThat(roles).as(user.path("username").asText()).containsAll(texts(user.path("realmRoles")));
        }
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static JsonNode user(String username) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> user.path("username").asText().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username));
    }

    private static JsonNode flow(String alias) {
        return StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(flow -> flow.path("alias").asText().equals(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    private static List<String> authenticators(JsonNode flow) {
        List<String> names = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> {
            if (!e.path("authenticatorFlow").asBoolean()) {
                names.add(e.path("authenticator").asText());
            }
        });
        return names;
    }

    private static List<String> subflows(JsonNode flow) {
        List<String> aliases = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> {
            if (e.path("authenticatorFlow").asBoolean()) {
                aliases.add(e.path("flowAlias").asText());
            }
        });
        return aliases;
    }

    /** The configurations of a flow's role conditions. */
    private static List<JsonNode> configs(JsonNode flow) {
        List<JsonNode> configs = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> {
            if (e.path("authenticator").asText().equals("conditional-user-role")) {
                String alias = e.path("authenticatorConfig").asText();
                configs.add(StreamSupport.stream(realm.path("authenticatorConfig").spliterator(), false)
                        .filter(c -> c.path("alias").asText().equals(alias)).findFirst().orElseThrow().path("config"));
            }
        });
        return configs;
    }

    private static Optional<JsonNode> mapper(JsonNode client, String type) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(m -> m.path("protocolMapper").asText().equals(type)).findFirst();
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
