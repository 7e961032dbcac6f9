package cn.dalian.laborbrand.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.SpringApplication;
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
    private static int kafkaPort;
    private static CuttableLink link;
    private static MockOAuth2Server tokenIssuer;
    private static final TestClock CLOCK = new TestClock();

    private PlatformTestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // zonky's own JVM hook would stop the server while the Spring contexts still close (Modulith's
                // outbox reads it then, and waits out the pool's timeout): it stops after them, see below
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
            // after the Spring contexts closed: their beans (Modulith's outbox among them) use the database to the end
            SpringApplication.getShutdownHandlers().add(PlatformTestInfrastructure::stopPostgres);
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            // the link's port may be found closed during an outage: keep it out of the ephemeral range
            kafkaPort = FreePorts.any();
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            // it would set spring.kafka.bootstrap-servers to its own port, around the link
            broker.brokerListProperty("laborbrand.test.kafka.broker");
            // clients reach the broker through the link (a test may cut it to play an outage):
            // the broker tells them to, whatever port it bound itself
            broker.brokerProperties(Map.of("advertised.listeners", "EXTERNAL://127.0.0.1:" + kafkaPort,
                    "auto.create.topics.enable", "true", "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1"));
            broker.afterPropertiesSet();
            String bound = broker.getBrokersAsString().split(",")[0];
            link = new CuttableLink(kafkaPort, Integer.parseInt(bound.substring(bound.lastIndexOf(':') + 1)));
            link.restore();
            // no shutdown hook: stopping the broker while the services' consumers close at JVM exit holds
            // each of them for its full close timeout; it goes with the JVM (its files under java.io.tmpdir)
            kafka = broker;
        }
        return kafka;
    }

    /** Cuts every connection to the broker, as an outage would; the services keep running and must lose nothing. */
    public static synchronized void stopKafka() {
        kafka();
        link.cut();
    }

    /** Restores the connections to the broker, which kept everything it had. */
    public static synchronized void startKafka() {
        kafka();
        link.restore();
    }

    /** The broker's address as clients use it. */
    public static String kafkaBootstrapServers() {
        kafka();
        return "127.0.0.1:" + kafkaPort;
    }

    /** The clock of every service under test in this JVM. */
    public static TestClock clock() {
        return CLOCK;
    }

    public static synchronized MockOAuth2Server tokenIssuer() {
        if (tokenIssuer == null) {
            MockOAuth2Server server = new MockOAuth2Server();
            server.start();
            tokenIssuer = server;
            SpringApplication.getShutdownHandlers().add(server::shutdown);
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
