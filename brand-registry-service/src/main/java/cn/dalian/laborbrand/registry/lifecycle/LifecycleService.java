package cn.dalian.laborbrand.registry.lifecycle;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.registry.BrandExitProposed;
import cn.dalian.laborbrand.contracts.registry.BrandExited;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.registry.RectificationReminderDue;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import cn.dalian.laborbrand.registry.feed.RegistryPublisher;
import cn.dalian.laborbrand.registry.files.FileProblem;
import cn.dalian.laborbrand.registry.files.FilePurpose;
import cn.dalian.laborbrand.registry.files.StoredFile;
import cn.dalian.laborbrand.registry.files.StoredFiles;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitCause;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleRecords.ExitRecord;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleRecords.ProvincialRecord;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.AnswerView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.BrandLifecycleView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.DecisionView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.ExitView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.ExtensionView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.FileView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.Labelled;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.ProvincialView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.RectificationView;
import cn.dalian.laborbrand.registry.rectification.RecordedRectification;
import cn.dalian.laborbrand.registry.rectification.Rectification;
import cn.dalian.laborbrand.registry.rectification.RectificationProblem;
import cn.dalian.laborbrand.registry.rectification.RectificationReason;
import cn.dalian.laborbrand.registry.rectification.RectificationRecords;
import cn.dalian.laborbrand.registry.rectification.RectificationStatus;
import cn.dalian.laborbrand.registry.rectification.WorkingDays;
import cn.dalian.laborbrand.registry.subsidy.PaidSubsidies;
import cn.dalian.laborbrand.registry.subsidy.PaidSubsidyView;

/**
 * A brand's dynamic management, each step one transaction: the rules decide ({@link BrandLifecycle}, {@link Rectification}),
 * the brand's status changes, the rectification and the decisions are kept, and the contract events are published
 * through the registry's publisher.
 */
@Service
class LifecycleService {

    /** Who acts when the daily check closes an overdue rectification. */
    static final String SYSTEM = "system";

    private final BrandService brands;
    private final RectificationRecords rectifications;
    private final LifecycleRecords records;
    private final StoredFiles files;
    private final RegistryPublisher publisher;
    private final WorkingDays calendar;
    private final LifecycleProperties properties;
    private final PaidSubsidies subsidies;
    private final Clock clock;

    LifecycleService(BrandService brands, RectificationRecords rectifications, LifecycleRecords records, StoredFiles files, RegistryPublisher publisher,
            WorkingDays calendar, LifecycleProperties properties, PaidSubsidies subsidies, Clock clock) {
        this.brands = brands;
        this.rectifications = rectifications;
        this.records = records;
        this.files = files;
        this.publisher = publisher;
        this.calendar = calendar;
        this.properties = properties;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    /** Reviewer's decision on an answer. */
    enum Outcome {
        ACCEPT, REJECT, EXTEND
    }

    @Transactional(readOnly = true)
    BrandLifecycleView detail(UUID brandId, DataScope scope) {
        Brand brand = brandInScope(brandId, scope);
        LocalDate today = today();
        RectificationView current = rectifications.findRunning(brandId).map(r -> view(r, brand, today)).orElse(null);
        ExitView exit = records.exit(brandId).map(e -> view(e, brand)).orElse(null);
        ProvincialView provincial = records.provincial(brandId).map(this::view).orElse(null);
        List<PaidSubsidyView> paid = subsidies.paidTo(brandId);
        return new BrandLifecycleView(brand.id(), brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.orgId(), brand.district(),
                brand.level(), brand.level().label(), brand.certifiedOn(), brand.status(), brand.status().label(), current, exit, provincial,
                paid, !paid.isEmpty());
    }

    @Transactional(readOnly = true)
    List<RectificationView> history(UUID brandId, DataScope scope) {
        Brand brand = brandInScope(brandId, scope);
        LocalDate today = today();
        return rectifications.history(brandId).stream().map(r -> view(r, brand, today)).toList();
    }

    /** A district reviewer of the brand's district or a city reviewer orders the brand to rectify. */
    @Transactional
    RectificationView order(UUID brandId, DataScope scope, Set<RectificationReason> reasons, String explanation, int workingDays, String actor) {
        Brand brand = brandInScope(brandId, scope);
        LocalDate today = today();
        Rectification ordered = Rectification.order(UUID.randomUUID(), brandId, reasons, explanation, today, workingDays, calendar);
        Transition step = lifecycleOf(brand).orderRectification(ordered);
        brands.changeStatus(brand, step.state().status());
        RecordedRectification recorded = new RecordedRectification(ordered, brand.district(), workingDays, actor, clock.instant(), null, 0);
        rectifications.insert(recorded);
        publish(step, brand, recorded, actor);
        return view(recorded, brand, today);
    }

    /** The holder uploads a piece of evidence for the running rectification, while it may still answer. */
    @Transactional
    FileView uploadEvidence(UUID brandId, UUID rectificationId, DataScope scope, String name, InputStream body, long length, String actor) {
        Brand brand = brandInScope(brandId, scope);
        Rectification rectification = rectificationOf(brand, rectificationId).rectification();
        requireAnswerable(rectification, today());
        return view(files.store(brandId, FilePurpose.RECTIFICATION_EVIDENCE, name, body, length, actor));
    }

    /** The holder answers with the evidence it uploaded for this rectification, until the deadline. */
    @Transactional
    RectificationView answer(UUID brandId, UUID rectificationId, DataScope scope, String text, List<UUID> evidence, String actor) {
        Brand brand = brandInScope(brandId, scope);
        RecordedRectification recorded = rectificationOf(brand, rectificationId);
        LocalDate today = today();
        Set<UUID> named = new LinkedHashSet<>(evidence);
        List<StoredFile> found = files.findAll(named).stream().filter(file -> file.brandId().equals(brandId)
                && file.purpose() == FilePurpose.RECTIFICATION_EVIDENCE && !file.uploadedAt().isBefore(recorded.orderedAt())).toList();
        Rectification answered = recorded.rectification().answer(text, named.stream().map(UUID::toString).toList(), today);
        if (found.size() != named.size()) {
            throw new PlatformException(LifecycleProblem.EVIDENCE_UNKNOWN);
        }
        rectifications.update(recorded, answered, actor);
        publisher.publish(RegistryEvents.RECTIFICATION_ANSWERED.about(brandId,
                new RectificationAnswered(brandId, rectificationId, brand.orgId(), brand.district(),
                        brand.brandName(), named.size(), today)));
        return view(recorded.after(answered, actor), brand, today);
    }

    /** The reviewer accepts the answer (the brand is active again), extends the deadline, or rejects it (an exit is proposed). */
    @Transactional
    RectificationView decide(UUID brandId, UUID rectificationId, DataScope scope, Outcome outcome, String note, Integer workingDays, String actor) {
        Brand brand = brandInScope(brandId, scope);
        RecordedRectification recorded = rectificationOf(brand, rectificationId);
        Rectification rectification = recorded.rectification();
        BrandLifecycle lifecycle = lifecycleOf(brand);
        LocalDate today = today();
        Rectification after = switch (outcome) {
            case ACCEPT -> rectification.accept(today, note);
            case REJECT -> rectification.reject(today, note);
            case EXTEND -> {
                if (workingDays == null) {
                    throw new PlatformException(LifecycleProblem.EXTENSION_DAYS_REQUIRED);
                }
                yield rectification.extend(today, workingDays, note, calendar);
            }
        };
        RecordedRectification decided = recorded.after(after, actor);
        Transition step = switch (outcome) {
            case ACCEPT -> lifecycle.acceptRectification(after);
            case EXTEND -> lifecycle.extendRectification(after);
            case REJECT -> lifecycle.proposeExit(after, today);
        };
        brands.changeStatus(brand, step.state().status());
        rectifications.update(recorded, after, actor);
        if (outcome == Outcome.REJECT) {
            publishClosed(brand, after, actor);
            records.propose(new ExitRecord(brandId, rectificationId, ExitCause.FAILED, today, actor, null, null, null, null));
        }
        publish(step, brand, decided, actor);
        return view(decided, brand, today);
    }

    /**
     * Closes a rectification overdue on {@code today} and proposes the brand's exit, the system acting; false when it is
     * not (or no longer) overdue. The row lock keeps a second instance's daily check from doing it again.
     */
    @Transactional
    boolean closeIfOverdue(UUID rectificationId, LocalDate today) {
        Optional<RecordedRectification> locked = rectifications.findForUpdate(rectificationId);
        if (locked.isEmpty() || !locked.get().rectification().isOverdueOn(today)) {
            return false;
        }
        RecordedRectification recorded = locked.get();
        Brand brand = brands.find(recorded.rectification().brandId()).orElseThrow();
        Transition step = lifecycleOf(brand).proposeExit(recorded.rectification(), today);
        Rectification expired = recorded.rectification().expire(today);
        brands.changeStatus(brand, step.state().status());
        rectifications.update(recorded, expired, SYSTEM);
        records.propose(new ExitRecord(brand.id(), rectificationId, ExitCause.OVERDUE, today, SYSTEM, null, null, null, null));
        publishClosed(brand, expired, SYSTEM);
        publish(step, brand, recorded.after(expired, SYSTEM), SYSTEM);
        return true;
    }

    /** Sends the reminder due on {@code today} for an open rectification, once per rectification and day. */
    @Transactional
    boolean remindIfDue(RecordedRectification recorded, LocalDate today) {
        Rectification rectification = recorded.rectification();
        if (!rectification.reminderDates(properties.reminderWorkingDays(), calendar).contains(today)) {
            return false;
        }
        int left = rectification.workingDaysLeft(today, calendar);
        if (!rectifications.markReminder(rectification.id(), today, left, clock.instant())) {
            return false;
        }
        Brand brand = brands.find(rectification.brandId()).orElseThrow();
        publisher.publish(RegistryEvents.RECTIFICATION_REMINDER_DUE.about(brand.id(),
                new RectificationReminderDue(brand.id(), rectification.id(), brand.orgId(), brand.district(),
                        brand.brandName(), rectification.deadline(), left)));
        return true;
    }

    @Transactional(readOnly = true)
    List<UUID> overdueOn(LocalDate today) {
        return rectifications.overdueOn(today);
    }

    @Transactional(readOnly = true)
    List<RecordedRectification> openOn(LocalDate today) {
        return rectifications.openOn(today);
    }

    /** The leading group decides a proposed exit: the brand leaves the public list, its certificate shows 已退出. */
    @Transactional
    ExitView exit(UUID brandId, ExitDecision decision, String actor) {
        Brand brand = brandInScope(brandId, DataScope.EVERYTHING);
        Transition step = lifecycleOf(brand).exit(decision);
        brands.changeStatus(brand, step.state().status());
        records.decideExit(brandId, step.state().exit(), actor, clock.instant());
        publish(step, brand, null, actor);
        return records.exit(brandId).map(e -> view(e, brand)).orElseThrow();
    }

    /** The leading group uploads the province's decision document before recording the certification. */
    @Transactional
    FileView uploadProvincialDocument(UUID brandId, String name, InputStream body, long length, String actor) {
        Brand brand = brandInScope(brandId, DataScope.EVERYTHING);
        return view(files.store(brand.id(), FilePurpose.PROVINCIAL_DECISION, name, body, length, actor));
    }

    /** The leading group records the province's certification of a city-level brand, with its uploaded decision document. */
    @Transactional
    ProvincialView recordProvincial(UUID brandId, String reference, LocalDate decidedOn, UUID documentFileId, String actor) {
        Brand brand = brandInScope(brandId, DataScope.EVERYTHING);
        StoredFile document = files.find(documentFileId)
                .filter(file -> file.brandId().equals(brandId) && file.purpose() == FilePurpose.PROVINCIAL_DECISION)
                .orElseThrow(() -> new PlatformException(LifecycleProblem.DOCUMENT_UNKNOWN));
        Transition step = lifecycleOf(brand).recordProvincialCertification(new ProvincialCertification(reference, decidedOn, documentFileId.toString()));
        ProvincialCertification recorded = step.state().provincial();
        Instant now = clock.instant();
        records.recordProvincial(new ProvincialRecord(brandId, recorded.decisionReference().strip(), recorded.decidedOn(), documentFileId,
                document.sha256(), actor, now));
        publisher.publish(RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED.about(brandId,
                new ProvincialCertificationRecorded(brandId, brand.applicationId(), brand.campaign(),
                        brand.certificateNumber(), brand.orgId(), brand.unitName(), brand.district(), brand.brandName(), CertificationLevel.PROVINCIAL,
                        recorded.decisionReference().strip(), recorded.decidedOn(), document.sha256(), actor, now)));
        return records.provincial(brandId).map(this::view).orElseThrow();
    }

    /** The reviewers' worklist: running rectifications, nearest deadline first; a district reviewer sees its district only. */
    @Transactional(readOnly = true)
    Page<RectificationView> worklist(Optional<RectificationStatus> status, Optional<String> district, DataScope scope, PageQuery page) {
        Page<RecordedRectification> running = rectifications.running(status, scope.district().or(() -> district), page);
        Map<UUID, Brand> named = brands.findAll(running.items().stream().map(r -> r.rectification().brandId()).collect(Collectors.toSet()));
        LocalDate today = today();
        return running.map(r -> view(r, named.get(r.rectification().brandId()), today));
    }

    /** The exits proposed and not decided yet, for the leading group. */
    @Transactional(readOnly = true)
    List<ExitView> exitProposals() {
        List<ExitRecord> undecided = records.undecidedExits();
        Map<UUID, Brand> named = brands.findAll(undecided.stream().map(ExitRecord::brandId).collect(Collectors.toSet()));
        return undecided.stream().map(e -> view(e, named.get(e.brandId()))).toList();
    }

    /** A file of a brand within the reader's scope, with its bytes. */
    @Transactional(readOnly = true)
    Map.Entry<StoredFile, byte[]> file(UUID brandId, UUID fileId, DataScope scope) {
        brandInScope(brandId, scope);
        StoredFile file = files.find(fileId).filter(f -> f.brandId().equals(brandId))
                .orElseThrow(() -> new PlatformException(FileProblem.NOT_FOUND));
        return Map.entry(file, files.content(file));
    }

    private void publish(Transition step, Brand brand, RecordedRectification rectification, String actor) {
        for (LifecycleFact fact : step.facts()) {
            OutgoingEvent<?> event = switch (fact) {
                case LifecycleFact.RectificationOrdered ordered -> RegistryEvents.RECTIFICATION_ORDERED.about(brand.id(),
                        new RectificationOrdered(brand.id(), ordered.rectificationId(), brand.certificateNumber(),
                                brand.orgId(), brand.unitName(), brand.district(), brand.brandName(),
                                ordered.reasons().stream().map(Enum::name).collect(Collectors.toSet()), rectification.rectification().explanation(),
                                ordered.orderedOn(), rectification.workingDays(), ordered.deadline(), actor));
                case LifecycleFact.RectificationExtended extended -> RegistryEvents.RECTIFICATION_EXTENDED.about(brand.id(),
                        new RectificationExtended(brand.id(), extended.rectificationId(), brand.orgId(),
                                brand.district(), brand.brandName(), extended.previousDeadline(), extended.newDeadline(),
                                rectification.rectification().extensions().getLast().reason(), actor, extended.decidedOn()));
                case LifecycleFact.RectificationAccepted accepted -> closed(brand, rectification.rectification(), actor);
                case LifecycleFact.ExitProposed proposed -> RegistryEvents.EXIT_PROPOSED.about(brand.id(),
                        new BrandExitProposed(brand.id(), proposed.rectificationId(), brand.certificateNumber(),
                                brand.orgId(), brand.district(), brand.brandName(), proposed.cause().name(), actor, proposed.proposedOn()));
                case LifecycleFact.BrandExited exited -> RegistryEvents.BRAND_EXITED.about(brand.id(),
                        new BrandExited(brand.id(), brand.certificateNumber(), brand.orgId(), brand.unitName(),
                                brand.district(), brand.brandName(), brand.level(), exited.decisionReference(), exited.decidedOn(), actor));
                case LifecycleFact.ProvincialCertificationRecorded recorded ->
                        throw new IllegalStateException("the provincial certification is published with its document");
            };
            publisher.publish(event);
        }
    }

    /** A failed or overdue rectification closes before the exit proposal it grounds. */
    private void publishClosed(Brand brand, Rectification closed, String actor) {
        publisher.publish(closed(brand, closed, actor));
    }

    private static OutgoingEvent<?> closed(Brand brand, Rectification closed, String actor) {
        Rectification.Decision decision = closed.decision();
        return RegistryEvents.RECTIFICATION_CLOSED.about(brand.id(),
                new RectificationClosed(brand.id(), closed.id(), brand.certificateNumber(), brand.orgId(),
                        brand.district(), brand.brandName(), decision.outcome().name(), decision.note(), actor, decision.decidedOn()));
    }

    /** The brand's lifecycle as it stands: its status, the rectification it is under, its exit and provincial record. */
    private BrandLifecycle lifecycleOf(Brand brand) {
        Optional<ExitRecord> exit = records.exit(brand.id());
        UUID current = rectifications.findRunning(brand.id()).map(r -> r.rectification().id())
                .or(() -> exit.map(ExitRecord::rectificationId)).orElse(null);
        return new BrandLifecycle(brand.id(), brand.certificateNumber(), brand.level(), brand.certifiedOn(), brand.status(), current,
                records.provincial(brand.id()).map(ProvincialRecord::certification).orElse(null), exit.map(ExitRecord::decision).orElse(null));
    }

    private Brand brandInScope(UUID brandId, DataScope scope) {
        return brands.find(brandId).filter(brand -> scope.covers(brand.orgId(), brand.district()))
                .orElseThrow(() -> new PlatformException(LifecycleProblem.BRAND_NOT_FOUND));
    }

    private RecordedRectification rectificationOf(Brand brand, UUID rectificationId) {
        return rectifications.find(rectificationId).filter(r -> r.rectification().brandId().equals(brand.id()))
                .orElseThrow(() -> new PlatformException(LifecycleProblem.RECTIFICATION_NOT_FOUND));
    }

    private static void requireAnswerable(Rectification rectification, LocalDate today) {
        if (rectification.status().isClosed()) {
            throw new PlatformException(LifecycleProblem.NOT_RUNNING);
        }
        if (rectification.status() == RectificationStatus.ANSWERED) {
            throw new PlatformException(RectificationProblem.ANSWER_PENDING);
        }
        if (today.isAfter(rectification.deadline())) {
            throw new PlatformException(RectificationProblem.ANSWER_AFTER_DEADLINE);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChineseDates.DALIAN));
    }

    private RectificationView view(RecordedRectification recorded, Brand brand, LocalDate today) {
        Rectification r = recorded.rectification();
        boolean running = !r.status().isClosed();
        List<UUID> named = r.answers().stream().flatMap(a -> a.evidenceReferences().stream()).map(UUID::fromString).toList();
        Map<UUID, FileView> evidence = files.findAll(named).stream().map(LifecycleService::view)
                .collect(Collectors.toMap(FileView::id, Function.identity()));
        List<FileView> uploaded = running ? files.uploadedSince(brand.id(), FilePurpose.RECTIFICATION_EVIDENCE, recorded.orderedAt()).stream()
                .map(LifecycleService::view).toList() : List.of();
        Rectification.Decision decision = r.decision();
        return new RectificationView(r.id(), brand.id(), brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.district(),
                r.reasons().stream().sorted().map(reason -> new Labelled(reason.name(), reason.label())).toList(), r.explanation(), r.orderedOn(),
                recorded.orderedBy(), recorded.workingDays(), r.deadline(), running ? r.workingDaysLeft(today, calendar) : null, r.isOverdueOn(today),
                r.status() == RectificationStatus.OPEN && !today.isAfter(r.deadline()), r.status(), r.status().label(),
                r.answers().stream().map(a -> new AnswerView(a.text(), a.evidenceReferences().stream().map(UUID::fromString).map(evidence::get)
                        .filter(Objects::nonNull).toList(), a.answeredOn())).toList(),
                uploaded,
                r.extensions().stream().map(e -> new ExtensionView(e.decidedOn(), e.workingDays(), e.previousDeadline(), e.newDeadline(), e.reason()))
                        .toList(),
                decision == null ? null : new DecisionView(decision.outcome(), decision.outcome().label(), decision.decidedOn(), decision.note(),
                        recorded.decidedBy()));
    }

    private static ExitView view(ExitRecord exit, Brand brand) {
        return new ExitView(exit.brandId(), brand.certificateNumber(), brand.brandName(), brand.unitName(), brand.district(), exit.rectificationId(),
                exit.cause().name(), exit.cause().label(), exit.proposedOn(), exit.proposedBy(), exit.decisionReference(), exit.decidedOn(),
                exit.decidedBy());
    }

    private ProvincialView view(ProvincialRecord record) {
        return new ProvincialView(record.decisionReference(), record.decidedOn(), files.find(record.documentFileId()).map(LifecycleService::view).orElse(null),
                record.recordedBy(), record.recordedAt());
    }

    private static FileView view(StoredFile file) {
        return new FileView(file.id(), file.name(), file.contentType(), file.sizeBytes(), file.sha256(), file.uploadedAt());
    }
}
