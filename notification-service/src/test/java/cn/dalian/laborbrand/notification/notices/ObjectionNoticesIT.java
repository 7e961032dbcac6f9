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
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** The events of an objection and of a rejection, as review-workflow publishes them, reach the inboxes they are for. */
@PlatformIntegrationTest
class ObjectionNoticesIT {

    private static final String ORG = "912102440580649631";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anObjectionReachesTheDistrictAndItsOutcomeAndARejectionReachTheUnit() {
        // given a brand of its own for this run, by which the messages are found
        String brand = "大连甘井子金港家政服务师劳务品牌" + UUID.randomUUID().toString().substring(0, 8);
        UUID caseId = UUID.randomUUID();

        // when review-workflow publishes the objection, its dismissal and (for another case) a rejection
        send(ReviewEvents.OBJECTION_LODGED, caseId, new ObjectionLodged(UUID.randomUUID(), caseId, UUID.randomUUID(), ORG, "210211", brand,
                Instant.parse("2026-12-02T07:15:00Z")));
        send(ReviewEvents.OBJECTION_RESOLVED, caseId, new ObjectionResolved(UUID.randomUUID(), caseId, UUID.randomUUID(), ORG, "210211",
                brand, "DISMISSED", "经实地核查，所反映的问题已处理完毕，异议不成立。", "reviewer-ganjingzi", Instant.now()));
        UUID rejectedCase = UUID.randomUUID();
        send(ReviewEvents.APPLICATION_REJECTED, rejectedCase, new ApplicationRejected(rejectedCase, UUID.randomUUID(), "2026", ORG,
                "大连金港人力资源服务有限公司", "210211", brand, "PUBLICITY", "公示期间收到异议，经调查核实：该单位确有拖欠工资行为，异议成立。",
                "reviewer-ganjingzi", Instant.now()));

        // then the district bureau is asked to investigate, and the unit reads the outcome and the rejection
        await().atMost(Duration.ofSeconds(60)).until(() -> messages("DISTRICT", "210211", "公示期间收到异议", brand) == 1
                && messages("ORGANISATION", ORG, "公示异议处理结果", brand) == 1
                && messages("ORGANISATION", ORG, "申报未通过", brand) == 1);
    }

    /** The event as review-workflow's outbox writes it: the envelope's JSON, keyed by the case. */
    private static <P> void send(EventDefinition<P> event, UUID subject, P payload) {
        KafkaProbe.send(event.topic(), subject.toString(), new EventCodec().write(new EventEnvelope<>(UUID.randomUUID(), event.type(),
                event.version(), Instant.now(), "review-workflow-service", subject.toString(), "test-" + UUID.randomUUID(), payload)));
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
