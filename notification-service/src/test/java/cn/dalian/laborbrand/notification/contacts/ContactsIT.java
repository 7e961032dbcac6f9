package cn.dalian.laborbrand.notification.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** The units' contacts from application-service's profile events: the latest version kept, encrypted; a new major version refused. */
@PlatformIntegrationTest
class ContactsIT {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    @Autowired
    Contacts contacts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOlderProfileVersionArrivingLateChangesNothingAndTheAddressesAreStoredEncrypted() {
        // given the unit's profile at version 3
        String org = newOrg();
        KafkaProbe.send(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED_TOPIC, org, message(contactsOf(org, "new@jingang-hr.example.com", 3), "1.0"));
        await().atMost(PROCESSING).until(() -> contacts.of(org).isPresent());

        // when version 2 arrives late
        KafkaProbe.send(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED_TOPIC, org, message(contactsOf(org, "old@jingang-hr.example.com", 2), "1.0"));

        // then version 3 stays, and the database holds no address in clear
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> contacts.of(org).map(kept -> kept.version() == 3 && kept.email().equals("new@jingang-hr.example.com")).orElse(false));
        assertThat(contacts.of(org).orElseThrow().mobile()).isEqualTo("13940912345");
        assertThat(jdbc.sql("SELECT concat(email_encrypted, mobile_encrypted, contact_name_encrypted) FROM organisation_contact WHERE org_id = :org")
                .param("org", org).query(String.class).single()).doesNotContain("@", "13940912345", "王立新");
    }

    @Test
    void aNewMajorVersionOfTheProfileEventGoesToTheDeadLetterTopicAndChangesNoContact(
            @Value("${spring.kafka.consumer.group-id}") String group) {
        // given the event as application-service would write it after a breaking change
        String org = newOrg();
        KafkaProbe.send(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED_TOPIC, org, message(contactsOf(org, "hr@jingang-hr.example.com", 1), "2.0"));

        // then the platform's inbox dead-letters it with the reason, and no contact is kept
        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> org.equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("major version 2");
        assertThat(contacts.of(org)).isEmpty();
    }

    private static String newOrg() {
        return "912102" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static OrganisationContactsChanged contactsOf(String org, String email, int version) {
        return new OrganisationContactsChanged(org, "大连金港人力资源服务有限公司", "210211", "王立新", email, "13940912345", version, Instant.now());
    }

    private static String message(OrganisationContactsChanged payload, String schemaVersion) {
        String written = new EventCodec().write(new EventEnvelope<>(UUID.randomUUID(), ApplicationEvents.ORGANISATION_CONTACTS_CHANGED.type(),
                ApplicationEvents.ORGANISATION_CONTACTS_CHANGED.version(), Instant.now(), ApplicationEvents.ORGANISATION_CONTACTS_CHANGED.producer(),
                payload.orgId(), "test-" + UUID.randomUUID(), payload));
        return written.replace("\"schemaVersion\":\"" + ApplicationEvents.ORGANISATION_CONTACTS_CHANGED.version() + "\"",
                "\"schemaVersion\":\"" + schemaVersion + "\"");
    }
}
