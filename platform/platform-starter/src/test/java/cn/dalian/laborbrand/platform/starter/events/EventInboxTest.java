package cn.dalian.laborbrand.platform.starter.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.ForgedEventException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The inbox refuses an event its topic's producer did not write before it touches the database: this inbox has none
 * (any query would fail to connect), so a refusal that got as far as a transaction, or as far as remembering the
 * event's id, would fail otherwise than it must.
 */
class EventInboxTest {

    private static final DataSource NOWHERE = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:20998/none");

    private final EventCodec codec = new EventCodec();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventInbox inbox = new EventInbox(codec, JdbcClient.create(NOWHERE),
            new TransactionTemplate(new DataSourceTransactionManager(NOWHERE)), Clock.systemUTC(), "eligibility-service", meters);
    private final AtomicInteger effects = new AtomicInteger();

    @Test
    void anApplicationSubmittedThatAnotherServiceWroteIsRefusedWithoutEffectAndCountedByTopicAndClaimedSource() {
        // given a well-formed ApplicationSubmitted of 大连金港人力资源服务有限公司 that says review-workflow-service wrote it
        String forged = message("review-workflow-service");

        // when it arrives on application-service's topic, then it is refused as forged, before any transaction
        assertThatThrownBy(() -> inbox.receive(forged, ApplicationEvents.SUBMITTED, event -> effects.incrementAndGet()))
                .isInstanceOf(ForgedEventException.class)
                .hasMessageContaining("claims to come from review-workflow-service")
                .hasMessageContaining("only application-service writes laborbrand.application.submitted");

        // and it had no effect, and is counted under the topic and the source it claimed
        assertThat(effects).hasValue(0);
        assertThat(meters.get("laborbrand.events.forged").tag("topic", ApplicationEvents.SUBMITTED_TOPIC)
                .tag("source", "review-workflow-service").counter().count()).isEqualTo(1);
    }

    @Test
    void aSourceNoServiceHasIsCountedAsUnknownSoThatForgersCannotMintMeters() {
        // given forged events, each claiming a source no topic has as its producer
        for (String source : new String[] { "gateway", "notification-service", "forger-of-the-day" }) {
            assertThatThrownBy(() -> inbox.receive(message(source), ApplicationEvents.SUBMITTED, event -> effects.incrementAndGet()))
                    .isInstanceOf(ForgedEventException.class);
        }

        // then one meter counts them all
        assertThat(meters.find("laborbrand.events.forged").counters()).hasSize(1);
        assertThat(meters.get("laborbrand.events.forged").tag("source", "unknown").counter().count()).isEqualTo(3);
        assertThat(effects).hasValue(0);
    }

    private String message(String source) {
        ApplicationSubmitted payload = SampleSubmission.payload();
        return codec.write(new EventEnvelope<>(UUID.randomUUID(), ApplicationEvents.SUBMITTED.type(), ApplicationEvents.SUBMITTED.version(),
                Instant.now(), source, payload.applicationId().toString(), "spa-20221115-0001", payload));
    }
}
