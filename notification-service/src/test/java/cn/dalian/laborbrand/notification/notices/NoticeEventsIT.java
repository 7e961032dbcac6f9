package cn.dalian.laborbrand.notification.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/** Notification consumes every event people must hear of; here BrandRegistered stands for them all. */
@PlatformIntegrationTest
class NoticeEventsIT implements InboxContract<BrandRegistered> {

    @Autowired
    JdbcClient jdbc;

    @Override
    public EventDefinition<BrandRegistered> consumedEvent() {
        return RegistryEvents.BRAND_REGISTERED;
    }

    @Test
    void anEventOnAnotherTopicOfItsProducerIsReadAsThatTopicsTypeAndDeadLetteredWithoutAMessage(
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given a genuine BrandRegistered, signed by the registry, put on the registry's topic of exits
        BrandRegistered registered = newPayload();
        KafkaProbe.send(RegistryEvents.BRAND_EXITED_TOPIC, subjectOf(registered), SampleEvents.message(RegistryEvents.BRAND_REGISTERED, registered));

        // then the topic says what it must be (BrandExited), not the message: it is dead-lettered, and the unit hears nothing
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(registered).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("expected BrandExited but the message is BrandRegistered");
        assertThat(effectsOf(registered)).isZero();
    }

    /** The unit's messages naming the brand's certificate number. */
    @Override
    public long effectsOf(BrandRegistered payload) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE recipient_kind = 'ORGANISATION' AND body LIKE :number")
                .param("number", "%" + payload.certificateNumber() + "%")
                .query(Long.class)
                .single();
    }
}
