package cn.dalian.laborbrand.application.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * An application as its unit sees it.
 *
 * @param unit       the unit's particulars as handed in; absent on a draft (the profile supplies them at submission)
 * @param supplement what the district asked to supplement, while it is asked
 * @param rejection  why the review did not take it further, once rejected
 * @param version    the version an edit names in {@code If-Match} (also the response's {@code ETag})
 */
public record ApplicationView(UUID id, String campaign, String orgId, String district, Unit unit, String brandName, String cityBrandName,
        String description, Set<BrandLevel> requestedLevels, List<YearFigures> declaredYears, LabourPractice labourPractice,
        ApplicationStatus status, String createdBy, Instant createdAt, Instant updatedAt, String submittedBy, Instant submittedAt,
        Supplement supplement, int resubmissionRound, String withdrawnReason, Rejection rejection, int version) {
}
