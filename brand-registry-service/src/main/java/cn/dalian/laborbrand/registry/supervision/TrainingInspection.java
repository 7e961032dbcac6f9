package cn.dalian.laborbrand.registry.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A district bureau's training-quality inspection of a certified brand (培训质量督查): when and where, who inspected,
 * the items checked, what was found, the rating, and what follows. A rating short of 合格 always names its follow-up.
 */
public record TrainingInspection(UUID id, UUID brandId, LocalDate inspectedOn, String place, List<String> inspectors, List<String> itemsChecked,
        String findings, InspectionRating rating, String followUp, String recordedBy, Instant recordedAt) {

    public TrainingInspection {
        inspectors = List.copyOf(inspectors);
        itemsChecked = List.copyOf(itemsChecked);
    }

    /**
     * Records an inspection of a brand certified on {@code certifiedOn}, on {@code today}: not dated in the future nor
     * before the certification, and with a follow-up unless the training was rated 合格.
     */
    public static TrainingInspection record(UUID brandId, LocalDate certifiedOn, LocalDate today, LocalDate inspectedOn, String place,
            List<String> inspectors, List<String> itemsChecked, String findings, InspectionRating rating, String followUp, String recordedBy,
            Instant at) {
        if (inspectedOn.isAfter(today)) {
            throw new PlatformException(SupervisionProblem.INSPECTION_IN_FUTURE);
        }
        if (inspectedOn.isBefore(certifiedOn)) {
            throw new PlatformException(SupervisionProblem.INSPECTION_BEFORE_CERTIFICATION);
        }
        String follow = followUp == null || followUp.isBlank() ? null : followUp.strip();
        if (rating != InspectionRating.QUALIFIED && follow == null) {
            throw new PlatformException(SupervisionProblem.FOLLOW_UP_MISSING);
        }
        return new TrainingInspection(UUID.randomUUID(), brandId, inspectedOn, place.strip(), inspectors.stream().map(String::strip).toList(),
                itemsChecked.stream().map(String::strip).toList(), findings.strip(), rating, follow, recordedBy, at);
    }
}
