package cn.dalian.laborbrand.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.review.ReviewEvents;

/**
 * A consumer's view of PublicityEnded as a future minor version 1.1 might define it, with one optional field
 * added: what a consumer built against 1.1 reads while producers still write 1.0. Test material only; its schema
 * is {@code schemas/test/PublicityEnded.v1.1.schema.json}.
 */
record PublicityEndedV1_1(UUID caseId, UUID applicationId, String orgId, String district, String brandName, LocalDate endedOn,
        boolean forwardedToCity, @AddedIn("1.1") Integer objectionsResolved) {

    static final EventDefinition<PublicityEndedV1_1> DEFINITION = new EventDefinition<>("PublicityEnded", SchemaVersion.of(1, 1),
            ReviewEvents.PUBLICITY_ENDED_TOPIC, ReviewEvents.PRODUCER, PublicityEndedV1_1.class,
            "schemas/test/PublicityEnded.v1.1.schema.json");
}
