package cn.dalian.laborbrand.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/**
 * The "done when": the same certification delivered again and again, and the payment system timing out after it
 * accepted the payment, still pay the unit exactly once — against WireMock, the real PostgreSQL and the real Kafka.
 */
class ExactlyOncePaymentIT extends AbstractPaymentIT {

    private static final EventCodec CODEC = new EventCodec();

    @Test
    void oneCertificationDeliveredManyTimesAndATimeoutAfterAcceptancePayTheUnitExactlyOnce() {
        // given 大连金港's city certification, sent ten times as one envelope (redeliveries) and three times more as new
        // envelopes of the same certification (the producer publishing it again)
        BrandCertified certified = SampleEvents.brandCertified(BrandLevel.CITY);
        String key = certified.caseId().toString();
        List<UUID> eventIds = new ArrayList<>();
        String once = envelope(certified, eventIds);
        for (int i = 0; i < 10; i++) {
            KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, key, once);
        }
        for (int i = 0; i < 3; i++) {
            KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, key, envelope(certified, eventIds));
        }

        // when every delivery has been taken (each envelope recorded once in the inbox)
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id IN (:ids)")
                .param("ids", eventIds).query(Long.class).single() == eventIds.size());

        // then there is one entitlement
        List<UUID> entitled = jdbc.sql("SELECT id FROM entitlement WHERE brand_id = :brand").param("brand", certified.brandId())
                .query(UUID.class).list();
        assertThat(entitled).hasSize(1);
        UUID entitlement = entitled.getFirst();

        // and when finance pays it, and the payment system takes it but answers only after the client gave up
        PaymentIT.timingOutAfterAccepting("DLBK20261201000123");
        approvedBatch(entitlement);
        awaitPayment(entitlement, "ACCEPTED");
        callback(entitlement + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();
        callback(entitlement + ":1", "SUCCEEDED", 5_000_000, "DLBK20261201000123").expectStatus().isNoContent();

        // then: one payment, one idempotency key the payment system ever saw, the budget paid once, one SubsidyDisbursed
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE entitlement_id = :id").param("id", entitlement).query(Long.class).single())
                .isEqualTo(1);
        assertThat(sentPayments()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sentPayments().stream().map(request -> request.getHeader("Idempotency-Key")).distinct()).containsExactly(entitlement + ":1");
        assertThat(entitlementStatus(entitlement)).isEqualTo("DISBURSED");
        assertThat(budget2026()).containsExactly(0L, 5_000_000L, 95_000_000L);
        assertThat(KafkaProbe.count(SubsidyEvents.DISBURSED_TOPIC, r -> entitlement.toString().equals(r.key()), Duration.ofSeconds(20), 2))
                .isEqualTo(1);
    }

    /** A new envelope (new event id) of the certification, as review-workflow-service writes it; its id noted. */
    private static String envelope(BrandCertified certified, List<UUID> eventIds) {
        UUID eventId = UUID.randomUUID();
        eventIds.add(eventId);
        return CODEC.write(new EventEnvelope<>(eventId, ReviewEvents.BRAND_CERTIFIED.type(), ReviewEvents.BRAND_CERTIFIED.version(), Instant.now(),
                "review-workflow-service", certified.caseId().toString(), "corr-" + eventId, certified));
    }
}
