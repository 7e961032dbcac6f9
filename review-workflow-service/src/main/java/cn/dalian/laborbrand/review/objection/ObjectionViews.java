package cn.dalian.laborbrand.review.objection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the answers about objections show: staff see the person masked; the public sees no person at all. */
final class ObjectionViews {

    private ObjectionViews() {
    }

    /** An objection as the district works on it; the name and contact masked (王*, 139****5678). */
    record ObjectionView(UUID id, String receiptNumber, UUID noticeId, UUID caseId, String district, String brandName, String unitName,
            String objectorName, String contact, Contact.Kind contactKind, String content, ObjectionStatus status, String statusLabel,
            ObjectionOutcome outcome, String outcomeLabel, String finding, Instant lodgedAt, String resolvedBy, Instant resolvedAt,
            List<InvestigationNote> notes) {
    }

    /** One line of a list of objections. */
    record ObjectionSummary(UUID id, String receiptNumber, UUID caseId, String district, String brandName, String unitName,
            String objectorName, ObjectionStatus status, String statusLabel, ObjectionOutcome outcome, String outcomeLabel, Instant lodgedAt,
            Instant resolvedAt) {
    }

    /** The objections of one case, and whether one of them still holds it. */
    record CaseObjections(int total, int open, List<ObjectionSummary> items) {
    }

    /** What the person who objected reads with the receipt number and query code: the state and, once resolved, the finding. */
    record ObjectionStatusView(String receiptNumber, String brandName, String unitName, Instant lodgedAt, ObjectionStatus status,
            String statusLabel, ObjectionOutcome outcome, String outcomeLabel, String finding, Instant resolvedAt) {
    }

    /** The answer to a lodged objection: keep both to look it up; the code is shown this once. */
    record ReceiptView(String receiptNumber, String queryCode, String brandName, Instant lodgedAt) {
    }

    /** @param question a sum in words, 「7 加 5 等于几？」 */
    record ChallengeView(String question, String token, Instant expiresAt) {
    }
}
