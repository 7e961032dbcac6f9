package cn.dalian.laborbrand.notification.notices;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** A payment and a failed one, as subsidy-service publishes them, reach the unit's and the finance clerks' inboxes, once each. */
@PlatformIntegrationTest
class SubsidyNoticesIT {

    private static final String ORG = "912102440580649631";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaymentReachesTheUnitAndAFailedOneTheFinanceClerksEachOnceThoughDeliveredTwice() {
        // given a brand of its own for this run, by which the messages are found
        String brand = "大连甘井子金港家政服务师劳务品牌" + UUID.randomUUID().toString().substring(0, 8);
        UUID paid = UUID.randomUUID();
        UUID refused = UUID.randomUUID();

        // when subsidy-service publishes the city's subsidy paid (delivered twice) and the provincial one failed
        String disbursed = message(SubsidyEvents.DISBURSED, paid, new SubsidyDisbursed(paid, UUID.randomUUID(), UUID.randomUUID(), ORG,
                "大连金港人力资源服务有限公司", brand, CertificationLevel.CITY, 5_000_000L, UUID.randomUUID(), paid + ":1", "DLBK20261201000123",
                Instant.parse("2026-12-01T06:30:05Z")));
        KafkaProbe.send(SubsidyEvents.DISBURSED_TOPIC, paid.toString(), disbursed);
        KafkaProbe.send(SubsidyEvents.DISBURSED_TOPIC, paid.toString(), disbursed);
        KafkaProbe.send(SubsidyEvents.PAYMENT_FAILED_TOPIC, refused.toString(), message(SubsidyEvents.PAYMENT_FAILED, refused,
                new SubsidyPaymentFailed(refused, UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", brand,
                        CertificationLevel.PROVINCIAL, 10_000_000L, UUID.randomUUID(), refused + ":1", "ACCOUNT_CLOSED", "收款账户已销户",
                        Instant.parse("2026-12-01T06:31:00Z"))));

        // then the unit reads that its subsidy was paid, once, and the finance clerks that the other payment failed
        await().atMost(Duration.ofSeconds(60)).until(() -> messages("ORGANISATION", ORG, "劳务品牌一次性奖补资金已拨付", brand) == 1
                && messages("ROLE", "FINANCE_CLERK", "奖补资金支付失败", brand) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> messages("ORGANISATION", ORG, "劳务品牌一次性奖补资金已拨付", brand) == 1
                        && messages("ORGANISATION", ORG, "奖补资金支付失败", brand) == 0);
    }

    /** The event as subsidy-service's outbox writes it: the envelope's JSON, keyed by the entitlement. */
    private static <P> String message(EventDefinition<P> event, UUID entitlement, P payload) {
        return new EventCodec().write(new EventEnvelope<>(UUID.randomUUID(), event.type(), event.version(), Instant.now(), "subsidy-service",
                entitlement.toString(), "test-" + UUID.randomUUID(), payload));
    }

    private long messages(String kind, String recipient, String title, String brand) {
        return jdbc.sql("""
                SELECT count(*) FROM inbox_message
                WHERE recipient_kind = :kind AND recipient = :recipient AND title = :title AND body LIKE :brand
                """)
                .param("kind", kind).param("recipient", recipient).param("title", title).param("brand", "%" + brand + "%")
                .query(Long.class).single();
    }
}
