package cn.dalian.laborbrand.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * An application is not taken further (不予通过): by the district, the city bureau or the leading group office, at any
 * stage, with the reason the unit receives. The case leaves the queues and stays in the history. Subject: the review
 * case id.
 *
 * @param stage the stage the case was at when rejected (a {@code ReviewStage} name: DISTRICT_REVIEW, PUBLICITY, …)
 */
public record ApplicationRejected(UUID caseId, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, String stage, String reason, String rejectedBy, Instant rejectedAt) {
}
