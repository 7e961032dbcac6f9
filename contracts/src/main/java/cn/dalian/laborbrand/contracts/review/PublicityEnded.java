package cn.dalian.laborbrand.contracts.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The public notice ended with no objection standing, so the case goes to the city bureau.
 *
 * @param endedOn the notice's last day
 */
public record PublicityEnded(UUID caseId, UUID applicationId, String orgId, String district, String brandName,
        LocalDate endedOn, boolean forwardedToCity) {
}
