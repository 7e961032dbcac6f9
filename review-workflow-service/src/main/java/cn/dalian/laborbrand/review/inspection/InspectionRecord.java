package cn.dalian.laborbrand.review.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.InspectionOutcome;
import cn.dalian.laborbrand.review.casework.WrittenReason;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.AttachmentRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.ConclusionRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.DraftRequest;
import cn.dalian.laborbrand.review.inspection.InspectionRequests.FindingRequest;

/**
 * The on-site inspection (实地查验) of one case: when, by whom, what was found for each item of the case's checklist, the
 * photos and documents, and the conclusion. The district bureau saves it as far as it got, as often as it likes; it
 * concludes once every item has a finding, the date and at least two inspectors are given and the pre-check has
 * arrived (its criteria are part of the checklist). A concluded record keeps the checklist as it was and changes no more.
 *
 * @param inspectedOn null until given
 * @param items       the items found so far, each with its finding; once concluded every item of the checklist as it was
 * @param conclusion  null until concluded
 * @param version     0 before the first save; each save and the conclusion are made on the version read and count one up
 */
public record InspectionRecord(UUID caseId, LocalDate inspectedOn, List<String> inspectors, List<CheckedItem> items,
        List<Attachment> attachments, Conclusion conclusion, String savedBy, Instant savedAt, int version) {

    /** Inspections are made by two staff at least. */
    public static final int MINIMUM_INSPECTORS = 2;

    public InspectionRecord {
        Objects.requireNonNull(caseId);
        inspectors = List.copyOf(inspectors);
        items = List.copyOf(items);
        attachments = List.copyOf(attachments);
    }

    /** The record of a case nobody has written anything for yet. */
    public static InspectionRecord blank(UUID caseId) {
        return new InspectionRecord(caseId, null, List.of(), List.of(), List.of(), null, null, null, 0);
    }

    public boolean started() {
        return version > 0;
    }

    public boolean concluded() {
        return conclusion != null;
    }

    public InspectionStatus status() {
        return concluded() ? InspectionStatus.CONCLUDED : started() ? InspectionStatus.DRAFT : InspectionStatus.NOT_STARTED;
    }

    /** What the district decision reads: empty until concluded. */
    public Optional<InspectionOutcome> outcome() {
        return Optional.ofNullable(conclusion).map(c -> new InspectionOutcome(inspectedOn, c.confirmed(), c.text()));
    }

    /** The items as shown: as frozen once concluded, else the case's checklist now, each with what was found for it so far. */
    public List<CheckedItem> itemsAgainst(Checklist checklist) {
        if (concluded()) {
            return items;
        }
        Map<String, CheckedItem> found = items.stream().collect(Collectors.toMap(checked -> checked.item().key(), Function.identity()));
        return checklist.items().stream()
                .map(item -> Optional.ofNullable(found.get(item.key()))
                        .map(checked -> new CheckedItem(item, checked.finding(), checked.note()))
                        .orElseGet(() -> CheckedItem.unchecked(item)))
                .toList();
    }

    /**
     * Saves the record as far as it is filled in, replacing what was saved. The date, when given, lies between the day
     * the case opened and today; inspectors and attachments are named once each; every finding is for an item of the
     * checklist, and a discrepancy says what differs.
     *
     * @param openedOn the day the case opened, in Dalian
     * @param today    today in Dalian
     */
    public Changed<InspectionRecord> saveDraft(DraftRequest request, Checklist checklist, LocalDate openedOn, LocalDate today,
            String actor, Instant at) {
        requireOpen();
        requireVersion(request.version());
        LocalDate date = request.inspectedOn();
        if (date != null && date.isAfter(today)) {
            throw new PlatformException(InspectionProblem.INSPECTION_DATE_IN_FUTURE,
                    "查验日期 " + ChineseDates.format(date) + " 晚于今天（" + ChineseDates.format(today) + "），请填写实际查验的日期。")
                    .with("field", "inspectedOn");
        }
        if (date != null && date.isBefore(openedOn)) {
            throw new PlatformException(InspectionProblem.INSPECTION_DATE_BEFORE_CASE,
                    "查验日期 " + ChineseDates.format(date) + " 早于申报受理的日期（" + ChineseDates.format(openedOn) + "）。")
                    .with("field", "inspectedOn");
        }
        List<String> named = inspectorsOf(request.inspectors());
        List<CheckedItem> checked = findingsOf(request.findings(), checklist);
        List<Attachment> attached = attachmentsOf(request.attachments());
        return Changed.to(new InspectionRecord(caseId, date, named, checked, attached, null, actor, at, version + 1));
    }

    /**
     * The inspectors' conclusion on the record as saved: every item of the checklist has a finding, the date and at least
     * two inspectors are given, the pre-check's criteria are on the checklist, and the conclusion is written out. The
     * checklist is kept as it is now, with the findings.
     */
    public Changed<InspectionRecord> conclude(ConclusionRequest request, Checklist checklist, String actor, Instant at) {
        requireOpen();
        requireVersion(request.version());
        if (checklist.criteriaPending()) {
            throw new PlatformException(InspectionProblem.INSPECTION_PRECHECK_PENDING);
        }
        List<CheckedItem> shown = itemsAgainst(checklist);
        List<String> missing = new ArrayList<>();
        if (inspectedOn == null) {
            missing.add("查验日期");
        }
        if (inspectors.size() < MINIMUM_INSPECTORS) {
            missing.add("查验人员（至少 " + MINIMUM_INSPECTORS + " 名，已填写 " + inspectors.size() + " 名）");
        }
        shown.stream().filter(checked -> checked.finding() == null).forEach(checked -> missing.add("核查项“" + checked.item().label() + "”的核查结果"));
        if (!missing.isEmpty()) {
            throw new PlatformException(InspectionProblem.INSPECTION_INCOMPLETE, "作出查验结论前，请填写：" + String.join("；", missing) + "。")
                    .with("missing", missing);
        }
        String text = WrittenReason.require(request.conclusion(), "查验结论");
        return Changed.to(new InspectionRecord(caseId, inspectedOn, inspectors, shown, attachments,
                new Conclusion(request.confirmed(), text, actor, at), savedBy, savedAt, version + 1));
    }

    private void requireOpen() {
        if (concluded()) {
            throw new PlatformException(InspectionProblem.INSPECTION_CONCLUDED,
                    "实地查验已于 " + ChineseDates.format(LocalDate.ofInstant(conclusion.concludedAt(), ChineseDates.DALIAN)) + " 作出结论（"
                            + conclusion.label() + "），记录已锁定，不能再修改。");
        }
    }

    private void requireVersion(int read) {
        if (read != version) {
            throw new PlatformException(InspectionProblem.INSPECTION_STALE).with("version", version);
        }
    }

    private static List<String> inspectorsOf(List<String> names) {
        List<String> named = new ArrayList<>();
        for (String name : names) {
            String stripped = name.strip();
            if (named.contains(stripped)) {
                throw new PlatformException(InspectionProblem.INSPECTION_DUPLICATE, "查验人员“" + stripped + "”填写了不止一次。")
                        .with("field", "inspectors");
            }
            named.add(stripped);
        }
        return named;
    }

    /** The findings in the checklist's order. */
    private static List<CheckedItem> findingsOf(List<FindingRequest> findings, Checklist checklist) {
        Map<String, CheckedItem> byKey = new LinkedHashMap<>();
        for (FindingRequest finding : findings) {
            String key = finding.item().strip();
            ChecklistItem item = checklist.item(key).orElseThrow(() -> new PlatformException(InspectionProblem.INSPECTION_ITEM_UNKNOWN,
                    "核查项 " + key + " 不在本案件的查验清单中，请刷新后重试。").with("item", key));
            String note = finding.note() == null || finding.note().isBlank() ? null : finding.note().strip();
            if (finding.finding() == Finding.DISCREPANCY && note == null) {
                throw new PlatformException(InspectionProblem.INSPECTION_NOTE_REQUIRED,
                        "核查项“" + item.label() + "”存在出入，请写明出入情况。").with("item", key);
            }
            if (byKey.put(key, new CheckedItem(item, finding.finding(), note)) != null) {
                throw new PlatformException(InspectionProblem.INSPECTION_DUPLICATE, "核查项“" + item.label() + "”的核查结果填写了不止一次。")
                        .with("item", key);
            }
        }
        return checklist.items().stream().filter(item -> byKey.containsKey(item.key())).map(item -> byKey.get(item.key())).toList();
    }

    private static List<Attachment> attachmentsOf(List<AttachmentRequest> attachments) {
        Set<UUID> files = new HashSet<>();
        List<Attachment> attached = new ArrayList<>();
        for (AttachmentRequest attachment : attachments) {
            if (!files.add(attachment.fileId())) {
                throw new PlatformException(InspectionProblem.INSPECTION_DUPLICATE, "附件“" + attachment.name().strip() + "”添加了不止一次。")
                        .with("field", "attachments");
            }
            attached.add(new Attachment(attachment.fileId(), attachment.name().strip()));
        }
        return attached;
    }
}
