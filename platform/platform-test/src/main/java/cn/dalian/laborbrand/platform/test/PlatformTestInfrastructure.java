package cn.dalian.laborbrand.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The real servers a service's integration tests run against, started once per test JVM and shared
 * by every Spring context in it: PostgreSQL (zonky's embedded binaries, a real server process),
 * a Kafka broker in KRaft mode, and a token issuer whose JWTs look like Keycloak's.
 */
public final class PlatformTestInfrastructure {

    /** Issuer id in the token issuer's URLs, so that {@code iss} ends with /laborbrand like Keycloak's realm. */
    public static final String ISSUER_ID = "laborbrand";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaBroker kafka;
    private static MockOAuth2Server tokenIssuer;

    private PlatformTestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PlatformTestInfrastructure::stopPostgres, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1"));
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-kafka"));
        }
        return kafka;
    }

    public static synchronized MockOAuth2Server tokenIssuer() {
        if (tokenIssuer == null) {
            MockOAuth2Server server = new MockOAuth2Server();
            server.start();
            tokenIssuer = server;
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "stop-token-issuer"));
        }
        return tokenIssuer;
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
