package cn.dalian.laborbrand.registry.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.registry.brand.BrandStatus;
import cn.dalian.laborbrand.registry.rectification.RectificationStatus;
import cn.dalian.laborbrand.registry.subsidy.PaidSubsidyView;

/** What the lifecycle's API answers. */
final class LifecycleViews {

    private LifecycleViews() {
    }

    /**
     * One brand with its lifecycle: status, the running rectification, the exit and the provincial certification; and the
     * one-time subsidies paid to its unit ({@code subsidyPaid} when any was).
     */
    record BrandLifecycleView(UUID id, String certificateNumber, String brandName, String unitName, String orgId, String district,
            BrandLevel level, String levelLabel, LocalDate certifiedOn, BrandStatus status, String statusLabel, RectificationView currentRectification,
            ExitView exit, ProvincialView provincialCertification, List<PaidSubsidyView> subsidies, boolean subsidyPaid) {
    }

    /** A code with the words a person reads for it. */
    record Labelled(String code, String label) {
    }

    /**
     * A rectification with its timeline; {@code workingDaysLeft} counts the working days after today up to the deadline
     * (null once closed), {@code answerable} whether the holder may still answer today.
     */
    record RectificationView(UUID id, UUID brandId, String certificateNumber, String brandName, String unitName, String district,
            List<Labelled> reasons, String explanation, LocalDate orderedOn, String orderedBy, int workingDays, LocalDate deadline,
            Integer workingDaysLeft, boolean overdue, boolean answerable, RectificationStatus status, String statusLabel, List<AnswerView> answers,
            List<FileView> uploadedEvidence, List<ExtensionView> extensions, DecisionView decision) {
    }

    record AnswerView(String text, List<FileView> evidence, LocalDate answeredOn) {
    }

    record ExtensionView(LocalDate decidedOn, int workingDays, LocalDate previousDeadline, LocalDate newDeadline, String reason) {
    }

    record DecisionView(RectificationStatus outcome, String outcomeLabel, LocalDate decidedOn, String note, String decidedBy) {
    }

    /** A stored file without its bytes; downloaded at {@code /api/brands/{brandId}/files/{id}}. */
    record FileView(UUID id, String name, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    /** An exit proposal and, once taken, the leading group's decision. */
    record ExitView(UUID brandId, String certificateNumber, String brandName, String unitName, String district, UUID rectificationId,
            String cause, String causeLabel, LocalDate proposedOn, String proposedBy, String decisionReference, LocalDate decidedOn,
            String decidedBy) {
    }

    record ProvincialView(String decisionReference, LocalDate decidedOn, FileView document, String recordedBy, Instant recordedAt) {
    }
}
