package cn.dalian.laborbrand.platform.starter.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.platform.starter.config.PlatformClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What the event backbone gives a service, built without a broker or a database (nothing connects while the
 * context starts): the outbox, the inbox, the dead letters and their endpoint.
 */
class PlatformEventsAutoConfigurationTest {

    private static final DataSource NOWHERE = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:20998/none");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PlatformClockAutoConfiguration.class,
                    PlatformEventsAutoConfiguration.class))
            .withPropertyValues("spring.application.name=subsidy-service", "spring.kafka.consumer.group-id=subsidy-service",
                    "spring.kafka.bootstrap-servers=127.0.0.1:20997")
            .withBean(JdbcClient.class, () -> JdbcClient.create(NOWHERE))
            .withBean(TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(NOWHERE)))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // Spring Modulith's registry of what was not sent yet; a stand-in, since this test starts no database
            .withBean(IncompleteEventPublications.class, () -> new IncompleteEventPublications() {
                @Override
                public void resubmitIncompletePublications(java.util.function.Predicate<org.springframework.modulith.events.EventPublication> filter) {
                }

                @Override
                public void resubmitIncompletePublicationsOlderThan(Duration duration) {
                }

                @Override
                public void resubmitIncompletePublications(org.springframework.modulith.events.ResubmissionOptions options) {
                }
            });

    @Test
    void aServiceGetsTheOutboxTheInboxTheDeadLettersAndTheirEndpoint() {
        runner.run(context -> assertThat(context)
                .hasSingleBean(EventCodec.class)
                .hasSingleBean(EventOutbox.class)
                .hasSingleBean(EventInbox.class)
                .hasSingleBean(DefaultErrorHandler.class)
                .hasSingleBean(DeadLetterEndpoint.class)
                .hasSingleBean(OutboxResubmission.class)
                .hasSingleBean(EventExternalizationConfiguration.class));
    }

    @Test
    void theRetriesAreBoundedByDefaultAndAServiceMaySetThem() {
        runner.run(context -> {
            EventRetryProperties retry = context.getBean(EventRetryProperties.class);
            assertThat(retry.consumerAttempts()).isEqualTo(4);
            assertThat(retry.consumerBackoff()).isEqualTo(Duration.ofSeconds(1));
            assertThat(retry.resubmitAfter()).isEqualTo(Duration.ofSeconds(30));
        });
        runner.withPropertyValues("laborbrand.events.consumer-attempts=2", "laborbrand.events.resubmit-after=5s")
                .run(context -> {
                    assertThat(context.getBean(EventRetryProperties.class).consumerAttempts()).isEqualTo(2);
                    assertThat(context.getBean(EventRetryProperties.class).resubmitAfter()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void aServicesOwnCodecIsTheOneUsed() {
        EventCodec own = new EventCodec();

        runner.withBean(EventCodec.class, () -> own).run(context -> assertThat(context.getBean(EventCodec.class)).isSameAs(own));
    }

    @Test
    void theOutboxRefusesAnEventOutsideTheTransactionOfItsChange() {
        runner.withPropertyValues("spring.application.name=application-service")
                .run(context -> assertThatThrownBy(() -> context.getBean(EventOutbox.class).publish(ApplicationEvents.SUBMITTED.about("app-1",
                        SampleSubmission.payload())))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("must be published inside the transaction of its state change"));
    }

    @Test
    void theOutboxRefusesAnEventOfATopicAnotherServiceOwns() {
        // given subsidy-service's outbox, when it is asked for an ApplicationSubmitted, then it refuses: the topic is application-service's
        runner.run(context -> assertThatThrownBy(() -> context.getBean(EventOutbox.class).publish(ApplicationEvents.SUBMITTED.about("app-1",
                SampleSubmission.payload())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("subsidy-service may not publish ApplicationSubmitted: only application-service writes laborbrand.application.submitted"));
    }
}
