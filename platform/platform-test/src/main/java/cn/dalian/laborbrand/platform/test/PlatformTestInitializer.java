package cn.dalian.laborbrand.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service at the shared test servers through the same environment variables the embedded
 * run, Docker Compose and Kubernetes set, so the tests exercise the production configuration path
 * (including the service creating its own database on the fresh server).
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var postgres = PlatformTestInfrastructure.postgres();
        var issuer = PlatformTestInfrastructure.tokenIssuer();
        Map<String, Object> environment = Map.ofEntries(
                Map.entry("DB_HOST", "localhost"),
                Map.entry("DB_PORT", String.valueOf(postgres.getPort())),
                Map.entry("DB_USER", "postgres"),
                Map.entry("DB_PASSWORD", "postgres"),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", PlatformTestInfrastructure.kafkaBootstrapServers()),
                // spring-kafka-test's broker has no users: the launcher's KafkaBrokerTest covers SASL and the ACLs
                Map.entry("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"),
                Map.entry("KEYCLOAK_ISSUER_URI", issuer.issuerUrl(PlatformTestInfrastructure.ISSUER_ID).toString()),
                Map.entry("KEYCLOAK_JWK_SET_URI", issuer.jwksUrl(PlatformTestInfrastructure.ISSUER_ID).toString()),
                // tests wait for outbox resubmission and retries in seconds, not the production quarter-minutes
                Map.entry("laborbrand.events.resubmit-interval", "1s"),
                Map.entry("laborbrand.events.resubmit-after", "1s"),
                Map.entry("laborbrand.events.consumer-backoff", "200ms"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("platform-test-servers", environment));
        // the demo data (db/demo) gives the tests a campaign open whatever the date, as in the embedded run; a service
        // tested alone reaches no other service (port 1 refuses at once), whatever runs on this machine's usual ports
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("platform-test-defaults", Map.of(
                "LABORBRAND_DEMO_DATA", "true",
                "ELIGIBILITY_SERVICE_URI", "http://127.0.0.1:1",
                "APPLICATION_SERVICE_URI", "http://127.0.0.1:1")));
        // replaces the platform's Clock bean, so that tests can move time instead of waiting
        context.getBeanFactory().registerSingleton("clock", PlatformTestInfrastructure.clock());
        // a JSON endpoint of every kind of field, for StrictInputContract in services that take no JSON body yet
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(StrictInputProbe.class);
        }
    }
}
