package cn.dalian.laborbrand.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
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
        assertThat(spa.path("directAccessGrantsEnabled").asBoolean()).as("password grant for tests and demos").isTrue();
        assertThat(spa.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(spa.path("redirectUris")))
                .contains("http://localhost:5173/*", "http://127.0.0.1:5173/*", "http://127.0.0.1:8080/*");
        assertThat(texts(spa.path("webOrigins"))).contains("http://localhost:5173", "http://127.0.0.1:5173", "http://127.0.0.1:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"provincial-system", "monitoring"})
    void theMachineClientsUseClientCredentialsOnly(String clientId) {
        JsonNode client = client(clientId);

        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).isNotBlank();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spa", "provincial-system", "monitoring"})
    void everyClientPutsThePlatformAudienceIntoItsAccessTokens(String clientId) {
        JsonNode audience = mapper(client(clientId), "oidc-audience-mapper").orElseThrow();

        assertThat(audience.path("config").path("included.custom.audience").asText()).isEqualTo(PlatformClaims.API_AUDIENCE);
        assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {PlatformClaims.ORG_ID, PlatformClaims.DISTRICT})
    void theSpaMapsTheUserAttributeIntoAnAccessTokenClaimOfTheSameName(String attribute) {
        JsonNode mapper = StreamSupport.stream(client("spa").path("protocolMappers").spliterator(), false)
                .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper"))
                .filter(m -> m.path("config").path("user.attribute").asText().equals(attribute))
                .findFirst().orElseThrow();

        assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo(attribute);
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void theUserProfileDeclaresTheAttributesKeycloakWouldOtherwiseDrop() throws IOException {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());

        assertThat(StreamSupport.stream(profile.path("attributes").spliterator(), false).map(a -> a.path("name").asText()))
                .contains("username", "email", "firstName", "lastName", PlatformClaims.ORG_ID, PlatformClaims.DISTRICT);
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
    void theProvincialSystemIsTheServiceAccountOfItsClient() {
        assertThat(user(TestUser.PROVINCIAL_SYSTEM.username()).path("serviceAccountClientId").asText()).isEqualTo("provincial-system");
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
