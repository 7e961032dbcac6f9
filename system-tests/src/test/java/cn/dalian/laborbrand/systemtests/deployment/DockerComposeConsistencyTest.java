package cn.dalian.laborbrand.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so this reads it and checks it against the
 * configuration the services actually read: every service present, on its port, pointed at the
 * backing containers by name, with nothing left pointing at a localhost default inside a container
 * and no variable set that nobody reads.
 */
class DockerComposeConsistencyTest {

    private final Map<String, Object> compose = DeploymentDescriptors.compose();
    private final Map<String, Object> services = map(compose.get("services"));

    @Test
    void everyRunnableModuleHasItsContainerBuiltFromItsOwnJar() {
        for (String module : DeploymentDescriptors.runnableModules()) {
            assertThat(services).as("container for %s", module).containsKey(module);
            Map<String, Object> build = map(service(module).get("build"));
            assertThat(map(build.get("args"))).as("%s is built from its module", module).containsEntry("MODULE", module);
            assertThat(DeploymentDescriptors.ROOT.resolve((String) build.get("dockerfile"))).exists();
        }
        assertThat(DeploymentDescriptors.runnableModules()).hasSize(7);
    }

    @Test
    void theBackingServicesAreTheOfficialImagesAtTheVersionsTheBuildTestsWith() {
        var versions = DeploymentDescriptors.buildVersions();
        String postgresMajor = versions.getProperty("postgres.binaries.version").split("\\.")[0];

        assertThat(service("postgres").get("image")).isEqualTo("postgres:" + postgresMajor);
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + versions.getProperty("kafka.version"));
        assertThat(service("keycloak").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + versions.getProperty("keycloak.version"));
    }

    @Test
    void eachContainerServesOnThePortItsModuleIsConfiguredFor() {
        for (String module : DeploymentDescriptors.runnableModules()) {
            Optional<String> configuredPort = DeploymentDescriptors.variablesReadBy(module).get("SERVER_PORT");
            assertThat(configuredPort).as("%s reads SERVER_PORT with a default", module).isPresent();
            assertThat(environment(module)).as(module).containsEntry("SERVER_PORT", configuredPort.get());
            assertThat(environment(module)).as("%s listens beyond its own loopback", module)
                    .containsEntry("SERVER_ADDRESS", "0.0.0.0");
        }
    }

    @Test
    void everySettingWhoseDefaultPointsAtLocalhostIsSetForTheContainer() {
        for (String module : DeploymentDescriptors.runnableModules()) {
            DeploymentDescriptors.variablesReadBy(module).forEach((variable, fallback) -> {
                boolean needed = fallback.isEmpty() || fallback.get().contains("127.0.0.1") || fallback.get().contains("localhost");
                if (needed) {
                    assertThat(environment(module)).as("%s must set %s (default %s)", module, variable, fallback.orElse("none"))
                            .containsKey(variable);
                }
            });
        }
    }

    @Test
    void noContainerSetsAVariableItsServiceDoesNotRead() {
        for (String module : DeploymentDescriptors.runnableModules()) {
            Set<String> read = new TreeSet<>(DeploymentDescriptors.variablesReadBy(module).keySet());
            assertThat(read).as("variables %s sets but never reads", module).containsAll(environment(module).keySet());
        }
    }

    @Test
    void theGatewayRoutesToTheServiceContainersOnTheirPorts() {
        Map<String, String> gateway = environment("gateway");
        for (String module : DeploymentDescriptors.runnableModules()) {
            if (module.equals("gateway")) {
                continue;
            }
            String variable = module.toUpperCase(Locale.ROOT).replace('-', '_') + "_URI";
            assertThat(gateway).as("gateway route to %s", module)
                    .containsEntry(variable, "http://" + module + ":" + environment(module).get("SERVER_PORT"));
        }
        assertThat(list(service("gateway").get("depends_on")))
                .containsExactlyInAnyOrderElementsOf(DeploymentDescriptors.runnableModules().stream().filter(m -> !m.equals("gateway")).toList());
    }

    @Test
    void subsidyServicePaysThroughThePaymentSimulatorWhichCallsBackThroughTheGateway() {
        Map<String, Object> build = map(service("payment-simulator").get("build"));
        Map<String, String> simulator = environment("payment-simulator");
        String journal = simulator.get("PAYMENT_SIMULATOR_JOURNAL");

        assertThat(map(build.get("args"))).as("built from its module").containsEntry("MODULE", "deploy/payment-simulator");
        assertThat(DeploymentDescriptors.ROOT.resolve("deploy/payment-simulator/pom.xml")).exists();
        assertThat(simulator).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        assertThat(environment("subsidy-service"))
                .containsEntry("PAYMENT_SYSTEM_URI", "http://payment-simulator:" + simulator.get("SERVER_PORT"))
                .containsEntry("PAYMENT_SYSTEM_SECRET", simulator.get("PAYMENT_SYSTEM_SECRET"))
                .containsEntry("PAYMENT_CALLBACK_URL", "http://gateway:" + environment("gateway").get("SERVER_PORT")
                        + "/api/subsidies/payment-callbacks");
        assertThat(list(service("payment-simulator").get("volumes"))).as("its journal outlives the container")
                .anyMatch(volume -> journal.startsWith(volume.substring(volume.indexOf(':') + 1) + "/"));
    }

    @Test
    void notificationServiceSendsSmsThroughTheSmsSimulatorAndEmailThroughGreenMail() {
        Map<String, Object> build = map(service("sms-simulator").get("build"));
        Map<String, String> simulator = environment("sms-simulator");
        String journal = simulator.get("SMS_SIMULATOR_JOURNAL");
        Map<String, String> notification = environment("notification-service");

        assertThat(map(build.get("args"))).as("built from its module").containsEntry("MODULE", "deploy/sms-simulator");
        assertThat(DeploymentDescriptors.ROOT.resolve("deploy/sms-simulator/pom.xml")).exists();
        assertThat(simulator).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        assertThat(notification)
                .containsEntry("SMS_GATEWAY_URI", "http://sms-simulator:" + simulator.get("SERVER_PORT"))
                .containsEntry("SMS_GATEWAY_APP_ID", simulator.get("SMS_GATEWAY_APP_ID"))
                .containsEntry("SMS_GATEWAY_SECRET", simulator.get("SMS_GATEWAY_SECRET"))
                .containsEntry("SMS_SIGN_NAME", simulator.get("SMS_SIGN_NAME"));
        assertThat(list(service("sms-simulator").get("volumes"))).as("its journal outlives the container")
                .anyMatch(volume -> journal.startsWith(volume.substring(volume.indexOf(':') + 1) + "/"));
        assertThat(list(service("sms-simulator").get("ports"))).as("its unsigned view stays on the host's loopback")
                .containsExactly("127.0.0.1:8091:" + simulator.get("SERVER_PORT"));

        String greenMail = environment("greenmail").get("GREENMAIL_OPTS");
        assertThat(service("greenmail").get("image")).isEqualTo("greenmail/standalone:" + DeploymentDescriptors.buildVersions().getProperty("greenmail.version"));
        assertThat(greenMail).contains("-Dgreenmail.smtp.port=" + notification.get("SPRING_MAIL_PORT"), "-Dgreenmail.smtp.hostname=0.0.0.0",
                "-Dgreenmail.auth.disabled", "-Dgreenmail.api.port=8080");
        assertThat(notification).containsEntry("SPRING_MAIL_HOST", "greenmail");
        assertThat(list(service("greenmail").get("ports"))).as("every e-mail is readable there: the host's loopback only")
                .containsExactly("127.0.0.1:8093:8080");
    }

    @Test
    void servicesReachPostgresAndKafkaByTheirContainerNames() {
        String advertised = environment("kafka").get("KAFKA_ADVERTISED_LISTENERS").replaceFirst("^[A-Z_]+://", "");
        for (String module : DeploymentDescriptors.runnableModules()) {
            if (module.equals("gateway")) {
                continue;
            }
            Map<String, String> env = environment(module);
            assertThat(env).as(module)
                    .containsEntry("DB_HOST", "postgres")
                    .containsEntry("DB_PORT", "5432")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", advertised);
            assertThat(map(service(module).get("depends_on"))).as(module).containsKeys("postgres", "kafka");
        }
    }

    @Test
    void eachServiceAndKeycloakLogInAsTheRoleThatOwnsTheirDatabaseNeverTheSuperuser() {
        Map<String, String> postgres = environment("postgres");
        Map<String, String> roleOf = new java.util.HashMap<>();
        for (String entry : postgres.get("LABORBRAND_DATABASES").split("\\s+")) {
            String[] databaseAndRole = entry.split(":");
            roleOf.put(databaseAndRole[0], databaseAndRole[1]);
        }
        Map<String, String> userOf = new java.util.TreeMap<>();
        for (String module : DeploymentDescriptors.runnableModules()) {
            if (module.equals("gateway")) {
                assertThat(environment(module)).as("the gateway keeps no data").doesNotContainKeys("DB_USER", "DB_PASSWORD");
                continue;
            }
            Map<String, String> env = environment(module);
            String database = DeploymentDescriptors.databaseName(module);
            String role = roleOf.get(database);
            assertThat(role).as("a role for %s's database %s", module, database).isNotNull();
            assertThat(env).as(module).containsEntry("DB_USER", role)
                    .containsEntry("DB_PASSWORD", postgres.get(role.toUpperCase(Locale.ROOT) + "_PASSWORD"));
            userOf.put(module, role);
        }
        Map<String, String> keycloak = environment("keycloak");
        assertThat(keycloak.get("KC_DB_URL")).endsWith("/keycloak");
        assertThat(keycloak).containsEntry("KC_DB_USERNAME", roleOf.get("keycloak"))
                .containsEntry("KC_DB_PASSWORD", postgres.get(roleOf.get("keycloak").toUpperCase(Locale.ROOT) + "_PASSWORD"));
        userOf.put("keycloak", keycloak.get("KC_DB_USERNAME"));

        assertThat(new TreeSet<>(userOf.values())).as("no two share a role: %s", userOf).hasSize(userOf.size())
                .doesNotContain(postgres.get("POSTGRES_USER"));
        assertThat(roleOf.keySet().stream().map(role -> postgres.get(roleOf.get(role).toUpperCase(Locale.ROOT) + "_PASSWORD")).distinct())
                .as("no two share a password").hasSize(roleOf.size());
        assertThat(list(service("postgres").get("volumes")))
                .contains("./deploy/postgres/service-roles.sh:/docker-entrypoint-initdb.d/10-service-roles.sh:ro");
        assertThat(DeploymentDescriptors.ROOT.resolve("deploy/postgres/service-roles.sh")).isExecutable();
    }

    @Test
    void eachServiceLogsInToKafkaAsAUserOfItsOwnWhichMayDoOnlyWhatTheAccessListGrants() throws Exception {
        Map<String, String> access = environment("kafka-access");
        Map<String, String> passwordOf = new java.util.TreeMap<>();
        for (String module : DeploymentDescriptors.runnableModules()) {
            if (module.equals("gateway")) {
                assertThat(environment(module)).as("the gateway uses no Kafka").doesNotContainKeys("KAFKA_USERNAME", "KAFKA_PASSWORD");
                continue;
            }
            Map<String, String> env = environment(module);
            String password = access.get(module.toUpperCase(Locale.ROOT).replace('-', '_') + "_KAFKA_PASSWORD");
            assertThat(password).as("kafka-access sets up %s's user", module).isNotBlank();
            assertThat(env).as(module).containsEntry("KAFKA_USERNAME", module).containsEntry("KAFKA_PASSWORD", password);
            assertThat(map(service(module).get("depends_on"))).as("%s starts once its user exists", module).containsKey("kafka-access");
            passwordOf.put(env.get("KAFKA_USERNAME"), password);
        }
        assertThat(passwordOf).as("a user per service, none shared").hasSize(DeploymentDescriptors.runnableModules().size() - 1);
        assertThat(passwordOf.values().stream().distinct()).as("no two share a password").hasSize(passwordOf.size());
        assertThat(passwordOf.values()).doesNotContain(access.get("LABORBRAND_KAFKA_ADMIN_PASSWORD"));

        List<String> grantedUsers = Files.readAllLines(DeploymentDescriptors.ROOT.resolve("deploy/kafka/topic-access.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+")[0])
                .distinct().toList();
        assertThat(grantedUsers).as("the access list's users are the services").containsExactlyInAnyOrderElementsOf(passwordOf.keySet());

        Map<String, String> kafka = environment("kafka");
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:admin")
                .containsEntry("LABORBRAND_KAFKA_ADMIN_PASSWORD", access.get("LABORBRAND_KAFKA_ADMIN_PASSWORD"));
        assertThat(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")).as("no listener without a log-in")
                .allMatch(listener -> listener.endsWith(":SASL_PLAINTEXT"));
        assertThat(service("kafka-access").get("image")).isEqualTo(service("kafka").get("image"));
        assertThat(list(service("kafka-access").get("volumes"))).contains("./deploy/kafka:/opt/laborbrand/kafka:ro");
        assertThat(DeploymentDescriptors.ROOT.resolve("deploy/kafka/kafka-access.sh")).isExecutable();
    }

    @Test
    void tokensAreCheckedAgainstKeycloaksPublicIssuerAndKeysFetchedInsideTheNetwork() throws Exception {
        List<String> command = list(service("keycloak").get("command"));
        String hostname = option(command, "--hostname");
        String httpPort = option(command, "--http-port");
        String realm = (String) JsonMapper.builder().build()
                .readValue(DeploymentDescriptors.ROOT.resolve("deploy/keycloak/laborbrand-realm.json").toFile(), Map.class).get("realm");

        for (String module : DeploymentDescriptors.runnableModules()) {
            Map<String, String> env = environment(module);
            assertThat(env.get("KEYCLOAK_ISSUER_URI")).as(module).isEqualTo(hostname + "/realms/" + realm);
            URI keys = URI.create(env.get("KEYCLOAK_JWK_SET_URI"));
            assertThat(keys.getHost()).as(module).isEqualTo("keycloak");
            assertThat(keys.getPort()).as(module).isEqualTo(Integer.parseInt(httpPort));
            assertThat(keys.getPath()).as(module).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
        }
        // the public issuer's port is the one published to the host
        assertThat(list(service("keycloak").get("ports"))).contains(URI.create(hostname).getPort() + ":" + httpPort);
    }

    @Test
    void keycloakImportsTheRealmKeptInTheRepository() {
        String mount = list(service("keycloak").get("volumes")).getFirst();
        String source = mount.substring(0, mount.indexOf(':'));

        assertThat(Files.exists(DeploymentDescriptors.ROOT.resolve(source))).isTrue();
        assertThat(mount).contains(":/opt/keycloak/data/import/");
        assertThat(list(service("keycloak").get("command"))).contains("--import-realm");
    }

    private Map<String, Object> service(String name) {
        return map(services.get(name));
    }

    private Map<String, String> environment(String name) {
        Map<String, Object> environment = map(service(name).get("environment"));
        Map<String, String> values = new java.util.TreeMap<>();
        environment.forEach((key, value) -> values.put(key, String.valueOf(value)));
        return values;
    }

    private static String option(List<String> command, String name) {
        return command.stream().filter(arg -> arg.startsWith(name + "=")).map(arg -> arg.substring(name.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("keycloak command lacks " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
