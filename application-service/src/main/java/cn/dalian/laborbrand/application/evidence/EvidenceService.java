package cn.dalian.laborbrand.application.evidence;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.application.intake.Application;
import cn.dalian.laborbrand.application.intake.ApplicationScope;
import cn.dalian.laborbrand.application.organisation.OrganisationProfile;
import cn.dalian.laborbrand.application.organisation.ProfileService;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * Receives, lists, serves and deletes the materials of applications, and the district bureau's files of its on-site
 * inspection of them. A file goes through one pipeline, whoever sends it (the upload endpoints, the roster import): its
 * type is sniffed from its first bytes and must be one the kind takes, it must not be empty nor longer than the kind's
 * limit (counted as it is read, whatever length was declared), its SHA-256 is taken on the way, and its bytes go to
 * the {@link EvidenceStore} under a new UUID as they arrive. Its row is written only after the bytes are stored, and the
 * stored bytes are removed when the row is not written: nothing of a refused or failed upload stays behind.
 */
@Service
public class EvidenceService {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    private final ApplicationScope applications;
    private final ProfileService profiles;
    private final ChecklistService checklists;
    private final MaterialRepository materials;
    private final EvidenceStore store;
    private final EvidenceLimits limits;
    private final EvidenceMapper mapper;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ContentSniffer sniffer = new ContentSniffer();

    EvidenceService(ApplicationScope applications, ProfileService profiles, ChecklistService checklists, MaterialRepository materials,
            EvidenceStore store, EvidenceLimits limits, EvidenceMapper mapper, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.profiles = profiles;
        this.checklists = checklists;
        this.materials = materials;
        this.store = store;
        this.limits = limits;
        this.mapper = mapper;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Receives a file of the unit's application and stores it, reading the stream to its end (the caller closes it).
     * The roster import hands in the roster this way; the upload endpoint every other kind.
     *
     * @param label the name the file is shown under (only a label: cleaned, cut to 100 characters; the kind's name
     *              when absent)
     * @return the stored file, its content type as sniffed
     * @throws PlatformException when the application is not the unit's ({@code NOT_FOUND}) or its materials cannot
     *                           change now, when the campaign does not ask for the kind, or the file is empty, too
     *                           large or of a type the kind does not take; nothing is stored then
     */
    public MaterialFile receive(UUID applicationId, MaterialKind kind, String label, InputStream body, Applicant applicant) {
        return receive(applicationId, kind, label, body, -1, applicant);
    }

    /** An upload through the endpoint: any kind but the roster, refused at once when its declared length is too large. */
    MaterialFile upload(UUID applicationId, MaterialKind kind, String label, InputStream body, long declaredLength, Applicant applicant) {
        if (kind.onlyThroughRosterImport()) {
            throw new PlatformException(EvidenceProblem.ROSTER_ONLY_THROUGH_IMPORT).with("kind", kind.name());
        }
        return receive(applicationId, kind, label, body, declaredLength, applicant);
    }

    private MaterialFile receive(UUID applicationId, MaterialKind kind, String label, InputStream body, long declaredLength,
            Applicant applicant) {
        Application application = applications.ofOrganisation(applicationId, applicant.orgId());
        requireChangeable(application);
        if (!checklists.of(application.campaign()).asks(kind)) {
            throw new PlatformException(EvidenceProblem.MATERIAL_KIND_NOT_ASKED, "本批次不要求提交“" + kind.label() + "”。").with("kind", kind.name());
        }
        return keep(applicationId, kind, label, body, declaredLength, applicant.username(),
                () -> requireChangeable(applications.lockedForChange(applicationId, applicant.orgId())));
    }

    /**
     * A file of the district bureau's on-site inspection (实地查验) of an application of its district, at any stage of the
     * review: through the same pipeline as the unit's materials, under {@link MaterialKind#INSPECTION_RECORD}.
     */
    MaterialFile receiveInspectionFile(UUID applicationId, String label, InputStream body, long declaredLength, CurrentUser reviewer) {
        Application application = applications.forReviewer(applicationId, reviewer.requireDistrict());
        if (!application.underReview()) {
            throw new PlatformException(EvidenceProblem.INSPECTION_FILES_NOT_ACCEPTED).with("status", application.status().name());
        }
        return keep(applicationId, MaterialKind.INSPECTION_RECORD, label, body, declaredLength, reviewer.username(), () -> {
        });
    }

    /**
     * The pipeline itself: sniffed, counted, hashed, streamed to the store; the row written in a transaction after the
     * check that must hold then, and the bytes removed when it is not written.
     */
    private MaterialFile keep(UUID applicationId, MaterialKind kind, String label, InputStream body, long declaredLength, String uploadedBy,
            Runnable checkBeforeRow) {
        long limit = limits.of(kind);
        if (declaredLength > limit) {
            throw tooLarge(kind, limit);
        }
        String shownLabel = FileLabel.of(label, kind);
        try {
            BufferedInputStream buffered = new BufferedInputStream(new LimitedStream(body, limit), ContentSniffer.HEAD);
            buffered.mark(ContentSniffer.HEAD);
            byte[] head = buffered.readNBytes(ContentSniffer.HEAD);
            buffered.reset();
            if (head.length == 0) {
                throw new PlatformException(EvidenceProblem.MATERIAL_EMPTY, "文件“" + shownLabel + "”是空的（0 字节），请选择正确的文件。");
            }
            ContentSniffer.Sniffed sniffed = sniffer.sniff(head, kind);
            if (!sniffed.allowedFor(kind)) {
                throw new PlatformException(EvidenceProblem.MATERIAL_TYPE_NOT_ALLOWED, "文件“" + shownLabel + "”的实际内容是" + sniffed.description()
                        + "（" + sniffed.mediaType() + "），不是“" + kind.label() + "”可以提交的格式（" + kind.format().names() + "）。"
                        + "系统按文件内容识别格式，与文件名无关。")
                        .with("detectedType", sniffed.mediaType()).with("allowedTypes", kind.format().mediaTypes());
            }
            MessageDigest sha256 = sha256();
            UUID key = UUID.randomUUID();
            long size = storeOrNothing(key, new DigestInputStream(buffered, sha256));
            MaterialFile file = new MaterialFile(UUID.randomUUID(), applicationId, kind, shownLabel, sniffed.mediaType(), size,
                    HexFormat.of().formatHex(sha256.digest()), uploadedBy, clock.instant(), key);
            try {
                transaction.executeWithoutResult(status -> {
                    checkBeforeRow.run();
                    materials.insert(file);
                });
            } catch (RuntimeException e) {
                removeQuietly(key, e);
                throw e;
            }
            return file;
        } catch (TooLarge e) {
            throw tooLarge(kind, limit);
        } catch (IOException e) {
            throw new PlatformException(ProblemCode.MALFORMED_REQUEST, "文件“" + shownLabel + "”未能完整接收（连接中断或内容不完整），请重新上传。");
        }
    }

    /** The bytes go to the store; if that fails midway, whatever reached it is removed. */
    private long storeOrNothing(UUID key, InputStream content) throws IOException {
        try {
            return store.put(key, content);
        } catch (IOException | RuntimeException e) {
            // the store removes what it wrote; this covers a store that failed to
            removeQuietly(key, e);
            throw e;
        }
    }

    /**
     * Deletes a file of the unit's application while its materials may change; the stored bytes go after the row.
     * Not to be called inside a transaction of the caller's (the bytes would be gone if that rolled back).
     */
    public void delete(UUID applicationId, UUID fileId, Applicant applicant) {
        MaterialFile deleted = transaction.execute(status -> {
            requireChangeable(applications.lockedForChange(applicationId, applicant.orgId()));
            MaterialFile file = unitsFile(fileId, applicationId);
            materials.delete(file.id());
            return file;
        });
        removeQuietly(deleted.storageKey(), null);
    }

    /** The application's checklist with its files, for whoever may read the application. */
    public MaterialsView materials(UUID applicationId, CurrentUser reader) {
        Application application = applications.readableBy(applicationId, reader);
        UUID id = application.id();
        OutputKinds outputs = checklists.outputKindsOf(id);
        List<MaterialChecklist.Item> items = checklists.of(application.campaign())
                .itemsFor(profiles.find(application.orgId()).map(OrganisationProfile::unitType).orElse(null),
                        application.content().requestedLevels(), outputs);
        Map<MaterialKind, List<MaterialFile>> files = materials.filesOf(id).stream().collect(Collectors.groupingBy(MaterialFile::kind));
        List<MaterialsView.Material> listed = items.stream().map(item -> {
            List<MaterialFile> ofKind = files.getOrDefault(item.kind(), List.of());
            return new MaterialsView.Material(item.kind(), item.kind().label(), item.requirement(), item.mandatory(), item.reason(),
                    item.kind().format().mediaTypes(), item.kind().format().names(), limits.of(item.kind()),
                    item.kind().onlyThroughRosterImport(), item.mandatory() && ofKind.isEmpty(), mapper.toViews(ofKind));
        }).toList();
        return new MaterialsView(id, application.campaign(), application.materialsChangeable(),
                listed.stream().noneMatch(MaterialsView.Material::missing), outputs, listed);
    }

    /** A material of an application the reader may read; staff reads are logged with who and what. */
    MaterialFile readable(UUID applicationId, UUID fileId, CurrentUser reader) {
        Application application = applications.readableBy(applicationId, reader);
        MaterialFile file = unitsFile(fileId, application.id());
        if (!reader.hasRole(Role.APPLICANT)) {
            audit(reader, file);
        }
        return file;
    }

    /** The inspection files of an application, for its district bureau and the city's staff; the unit never sees them. */
    List<MaterialFile> inspectionFiles(UUID applicationId, CurrentUser reader) {
        UUID id = forStaff(applicationId, reader).id();
        return materials.filesOf(id).stream().filter(file -> file.kind() == MaterialKind.INSPECTION_RECORD).toList();
    }

    /** An inspection file of an application, for its district bureau and the city's staff; each read is logged. */
    MaterialFile readableInspectionFile(UUID applicationId, UUID fileId, CurrentUser reader) {
        UUID id = forStaff(applicationId, reader).id();
        MaterialFile file = materials.findOfApplication(fileId, id).filter(found -> found.kind() == MaterialKind.INSPECTION_RECORD)
                .orElseThrow(EvidenceService::fileNotFound);
        audit(reader, file);
        return file;
    }

    /** An application as the reviewing staff reach it: the district's bureau its own, the city's staff any; never the unit. */
    private Application forStaff(UUID applicationId, CurrentUser reader) {
        if (reader.hasRole(Role.APPLICANT)) {
            throw PlatformException.forbidden("实地查验材料由区人社部门保存，申报单位不能查看。");
        }
        return applications.readableBy(applicationId, reader);
    }

    /** A file the unit handed in with the application (not the bureau's inspection files, which the unit neither sees nor deletes). */
    private MaterialFile unitsFile(UUID fileId, UUID applicationId) {
        return materials.findOfApplication(fileId, applicationId).filter(file -> file.kind().handedInByUnit())
                .orElseThrow(EvidenceService::fileNotFound);
    }

    private static void audit(CurrentUser reader, MaterialFile file) {
        log.info("audit: {} ({}) read {} file {} of application {}", reader.username(), reader.roles(), file.kind(), file.id(),
                file.applicationId());
    }

    /**
     * The stored bytes of a file, read from the store as the caller reads them (the caller closes the stream). For
     * the service's own features that hold the file's id (the roster import reading what it received): no data scope
     * is applied here.
     */
    public InputStream open(UUID fileId) {
        return open(materials.find(fileId).orElseThrow(EvidenceService::fileNotFound));
    }

    InputStream open(MaterialFile file) {
        try {
            return store.open(file.storageKey());
        } catch (FileNotFoundException e) {
            throw new IllegalStateException("the stored bytes of material file " + file.id() + " are missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stored bytes of a file copied into a new temporary file, for readers that need one (a workbook parser); the
     * caller deletes it. Like {@link #open(UUID)}, without data scope.
     */
    public Path copyToTempFile(UUID fileId) {
        MaterialFile file = materials.find(fileId).orElseThrow(EvidenceService::fileNotFound);
        try {
            Path copy = Files.createTempFile("evidence-", FileLabel.downloadName("", file.contentType()));
            try (InputStream content = open(file)) {
                Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireChangeable(Application application) {
        if (!application.materialsChangeable()) {
            throw new PlatformException(EvidenceProblem.MATERIALS_NOT_CHANGEABLE).with("status", application.status().name());
        }
    }

    private void removeQuietly(UUID key, Exception cause) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
            log.warn("evidence object {} could not be removed and stays in the store without a file: {}", key, e.toString());
        }
    }

    private static PlatformException tooLarge(MaterialKind kind, long limit) {
        return new PlatformException(EvidenceProblem.MATERIAL_TOO_LARGE, "“" + kind.label() + "”的文件不能超过 " + megabytes(limit) + "。")
                .with("maxBytes", limit);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
    }

    private static PlatformException fileNotFound() {
        return PlatformException.notFound("未找到该材料文件，或它不属于此申报书。");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signals that a stream went past its limit; only the pipeline throws and catches it. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("past the limit");
        }
    }

    /** Counts what is read and stops past the limit, whatever length the sender declared (or none, when chunked). */
    private static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int n = super.read(target, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("an upload is read, not skipped");
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
