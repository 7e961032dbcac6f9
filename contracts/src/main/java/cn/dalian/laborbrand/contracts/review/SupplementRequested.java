package cn.dalian.laborbrand.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;

/**
 * The district bureau asks the unit to supplement its application (补充材料): which parts it reopens, what is missing,
 * and by when. Subject: the review case id.
 *
 * @param parts the parts of the application reopened
 * @param dueOn the last day to resubmit, counted in working days from the request
 */
public record SupplementRequested(UUID caseId, UUID applicationId, String orgId, String district, Set<ApplicationPart> parts,
        String note, LocalDate dueOn, int dueWorkingDays, String requestedBy, Instant requestedAt) {
}
