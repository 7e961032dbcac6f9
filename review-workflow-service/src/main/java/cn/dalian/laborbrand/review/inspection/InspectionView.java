package cn.dalian.laborbrand.review.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's inspection record as reviewers read it, or the blank checklist before anything is saved.
 *
 * @param version             the version to send back with the next save or the conclusion (0 before the first save)
 * @param earliestInspectedOn the day the case opened: the earliest inspection date taken
 * @param criteriaPending     the pre-check has not arrived: its criteria items will join the checklist then
 * @param items               the checklist with what was found for each item (frozen once concluded)
 * @param conclusion          null until concluded
 * @param editable            whether the caller may save or conclude it now (the case's district bureau, while it reviews
 *                            or waits for a supplement, until concluded)
 */
public record InspectionView(UUID caseId, UUID applicationId, InspectionStatus status, String statusLabel, int version,
        LocalDate earliestInspectedOn, LocalDate inspectedOn, List<String> inspectors, boolean criteriaPending, List<ItemView> items,
        List<Attachment> attachments, ConclusionView conclusion, boolean editable, String savedBy, Instant savedAt) {

    /** One checklist item with its finding ({@code finding} null while not verified). */
    public record ItemView(String key, ChecklistItem.Source source, String code, String label, String toVerify, Finding finding,
            String findingLabel, String note) {
    }

    /** @param label 查验属实 or 查验不属实 */
    public record ConclusionView(boolean confirmed, String label, String text, String concludedBy, Instant concludedAt) {
    }
}
