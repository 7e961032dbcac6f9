package cn.dalian.laborbrand.review.ranking;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded pairing (结对子、搞对接) of an applicant with a poverty-alleviated area, as the district found it.
 *
 * @param keyAssisted whether the area is a key assisted one (重点帮扶地区), which ranks before other pairings
 */
public record PovertyPairing(UUID caseId, String area, boolean keyAssisted, String arrangement, String recordedBy, Instant recordedAt) {
}
