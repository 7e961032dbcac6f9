package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.application.campaign.CampaignService;
import cn.dalian.laborbrand.application.evidence.EvidenceService;
import cn.dalian.laborbrand.application.evidence.MaterialFile;
import cn.dalian.laborbrand.application.evidence.MaterialKind;
import cn.dalian.laborbrand.application.evidence.OutputKinds;
import cn.dalian.laborbrand.application.evidence.OutputKindsSource;
import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.application.intake.Application;
import cn.dalian.laborbrand.application.intake.ApplicationScope;
import cn.dalian.laborbrand.application.intake.SubmittedRoster;
import cn.dalian.laborbrand.application.organisation.ProfileService;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterSummary;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;
import cn.dalian.laborbrand.platform.privacy.Masks;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * Imports an application's roster and answers what it counts. An import reads the file as it streams (CSV or XLSX),
 * checks every row, encrypts the personal data and sends the rows to PostgreSQL by COPY, all in one transaction that
 * then replaces the previous roster: a failed import leaves the previous one as it was. Refused rows are kept with
 * their line and reason, never silently dropped.
 */
@Service
public class RosterService implements SubmittedRoster, OutputKindsSource {

    /** How many refused rows an import's answer lists; all of them are in the downloadable list. */
    static final int REFUSALS_ANSWERED = 500;

    private final RosterRepository rosters;
    private final EvidenceService evidence;
    private final ApplicationScope scope;
    private final CampaignService campaigns;
    private final ProfileService profiles;
    private final WorkerDataProtection protection;
    private final RosterProperties properties;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RosterService(RosterRepository rosters, EvidenceService evidence, ApplicationScope scope, CampaignService campaigns, ProfileService profiles,
            RosterProperties properties, DataSource dataSource, TransactionTemplate transaction, Clock clock) {
        this.rosters = rosters;
        this.evidence = evidence;
        this.scope = scope;
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.properties = properties;
        this.protection = new WorkerDataProtection(properties.keys(), properties.currentKey(), properties.hmacKey());
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What an import did: the import as it stands now, and the first refused rows. */
    record Outcome(RosterImport imported, List<RowRefusal> refusals) {
    }

    /**
     * Takes the file the unit sent as its application's roster: stored as the ROSTER material (its type sniffed, its size
     * limited, its hash kept), then read from a copy on disk in one transaction that also replaces the previous roster.
     * When the import is refused, the file received is removed again: nothing is stored half.
     */
    Outcome importRoster(UUID applicationId, String label, InputStream body, Applicant applicant) {
        MaterialFile file = evidence.receive(applicationId, MaterialKind.ROSTER, label, body, applicant);
        Optional<RosterImport> previous;
        Outcome outcome;
        Path copy = null;
        try {
            copy = evidence.copyToTempFile(file.id());
            Path readable = copy;
            previous = rosters.current(applicationId);
            outcome = transaction.execute(status -> {
                Application application = scope.lockedForChange(applicationId, applicant.orgId());
                if (!application.materialsChangeable()) {
                    throw new PlatformException(RosterProblem.ROSTER_NOT_CHANGEABLE);
                }
                return read(application, file, readable, applicant.username());
            });
        } catch (RuntimeException e) {
            evidence.delete(applicationId, file.id(), applicant);
            throw e;
        } finally {
            deleteQuietly(copy);
        }
        previous.map(RosterImport::materialFileId).filter(id -> id != null && !id.equals(file.id()))
                .ifPresent(id -> evidence.delete(applicationId, id, applicant));
        return outcome;
    }

    private Outcome read(Application application, MaterialFile file, Path copy, String username) {
        Set<Integer> years = Set.copyOf(campaigns.find(application.campaign()).declaredYears());
        String unitName = profiles.require(application.orgId()).legalName();
        boolean xlsx = !file.contentType().startsWith("text/");
        UUID rosterId = UUID.randomUUID();
        RosterRowRules rules = new RosterRowRules(years, unitName, Set.copyOf(rosters.employers(application.id())), ChineseDates.today(clock));
        Path refusalFile = null;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            refusalFile = Files.createTempFile("roster-refusals-", ".csv");
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            RosterTally tally;
            int refused;
            List<RowRefusal> firstRefusals;
            try (RosterLoad load = new RosterLoad(rosterId, rules, protection, copies, refusalFile)) {
                if (xlsx) {
                    XlsxRosterReader.read(copy, properties.maxRows(), load);
                } else {
                    try (InputStream in = Files.newInputStream(copy)) {
                        CsvRosterReader.read(in, properties.maxRows(), load);
                    }
                }
                load.finish();
                tally = load.tally();
                refused = load.refused();
                firstRefusals = load.firstRefusals();
            }
            int taken = tally.years().stream().mapToInt(RosterYear::listed).sum();
            if (taken == 0) {
                throw new PlatformException(RosterProblem.ROSTER_NO_VALID_ROW, refused == 0 ? "花名册只有表头，没有数据行。"
                        : "花名册 " + refused + " 行均未通过校验，未导入；请按拒收清单修改后重新导入。").with("refusals", firstRefusals);
            }
            try (Reader spooled = Files.newBufferedReader(refusalFile, StandardCharsets.UTF_8)) {
                copies.copyIn(RosterCopy.REFUSALS, spooled);
            }
            RosterImport imported = new RosterImport(rosterId, application.id(), file.id(), file.label(), xlsx ? "XLSX" : "CSV", file.sha256(),
                    file.sizeBytes(), taken, refused, tally.years(), tally.organisedOutput(), tally.outOfProvinceOutput(), username,
                    clock.instant());
            rosters.makeCurrent(imported);
            return new Outcome(imported, firstRefusals);
        } catch (SQLException e) {
            throw new IllegalStateException("roster import failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
            deleteQuietly(refusalFile);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file the system cleans up
            }
        }
    }

    /** Whether the roster shows organised output or output to another province: the materials those ask for. */
    @Override
    @Transactional(readOnly = true)
    public OutputKinds outputKindsOf(UUID applicationId) {
        return rosters.current(applicationId).map(imported -> new OutputKinds(imported.organisedOutput(), imported.outOfProvinceOutput()))
                .orElse(OutputKinds.NONE);
    }

    @Transactional(readOnly = true)
    public Optional<RosterImport> current(UUID applicationId) {
        return rosters.current(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RosterSummary> summaryOf(Application application) {
        return rosters.current(application.id()).map(imported -> new RosterSummary(imported.id(), imported.fileSha256(), imported.rowsTaken(),
                imported.years(), rosters.overlaps(imported.id(), application.id(), application.campaign()).sharedWorkers()));
    }

    /** A page of the roster's workers, their personal data masked, in line order after the given line. */
    @Transactional(readOnly = true)
    List<MaskedWorker> workers(UUID applicationId, Integer year, int afterLine, int limit) {
        return rosters.workers(requireCurrent(applicationId).id(), year, afterLine, limit).stream()
                .map(stored -> MaskedWorker.of(stored, protection)).toList();
    }

    /** One worker's personal data in full, for staff who give a reason; the read is recorded first, in the same transaction. */
    @Transactional
    DisclosedWorker disclose(UUID applicationId, int line, String username, String role, String reason) {
        RosterImport imported = requireCurrent(applicationId);
        RosterRepository.StoredWorker stored = rosters.worker(imported.id(), line)
                .orElseThrow(() -> PlatformException.notFound("花名册中没有第 " + line + " 行。"));
        rosters.recordDisclosure(applicationId, imported.id(), line, username, role, reason, clock.instant());
        PersonalData personal = PersonalData.unsealed(protection.decrypt(stored.personal()));
        return new DisclosedWorker(line, personal.name(), personal.idNumber(), personal.phone());
    }

    /** The other applications and certified brands that count some of the same workers, and how many in all. */
    @Transactional(readOnly = true)
    SharedWorkers overlaps(Application application) {
        return rosters.current(application.id()).map(imported -> rosters.overlaps(imported.id(), application.id(), application.campaign()))
                .orElse(new SharedWorkers(0, List.of()));
    }

    @Transactional(readOnly = true)
    List<String> employers(UUID applicationId) {
        return rosters.employers(applicationId);
    }

    /** The employers the unit names for organised output (有组织输出); a later import checks rows against them. */
    @Transactional
    List<String> replaceEmployers(UUID applicationId, Applicant applicant, List<String> names) {
        if (!scope.lockedForChange(applicationId, applicant.orgId()).materialsChangeable()) {
            throw new PlatformException(RosterProblem.ROSTER_NOT_CHANGEABLE);
        }
        List<String> distinct = names.stream().map(String::strip).distinct().toList();
        if (distinct.contains(RosterColumn.OWN_UNIT)) {
            throw new PlatformException(RosterProblem.ROSTER_EMPLOYER_INVALID, "“本单位”表示自主吸纳，无需登记为用工单位。");
        }
        rosters.replaceEmployers(applicationId, distinct);
        return rosters.employers(applicationId);
    }

    @Transactional
    void certified(UUID applicationId, LocalDate on) {
        rosters.recordCertified(applicationId, on);
    }

    private RosterImport requireCurrent(UUID applicationId) {
        return rosters.current(applicationId).orElseThrow(() -> new PlatformException(RosterProblem.ROSTER_NOT_IMPORTED));
    }

    /** Every refused row of the current import, written to the writer as the refusal list is read from the database. */
    @Transactional(readOnly = true)
    void eachRefusal(UUID applicationId, Consumer<RowRefusal> each) {
        UUID rosterId = requireCurrent(applicationId).id();
        int after = 0;
        List<RowRefusal> page;
        do {
            page = rosters.refusalsAfter(rosterId, after, 1000);
            page.forEach(each);
            after = page.isEmpty() ? after : page.getLast().line();
        } while (page.size() == 1000);
    }

    /** A worker with their personal data masked as every answer shows it. */
    record MaskedWorker(int line, int year, String name, String idNumber, String phone, boolean management, boolean trained, boolean passed,
            String employer, boolean employerInDalian, boolean outOfProvince, boolean contractProvided, boolean insuranceProofProvided,
            CountingRules.Counting counting, String countingLabel) {

        static MaskedWorker of(RosterRepository.StoredWorker stored, WorkerDataProtection protection) {
            PersonalData personal = PersonalData.unsealed(protection.decrypt(stored.personal()));
            return new MaskedWorker(stored.line(), stored.year(), Masks.personName(personal.name()), Masks.idNumber(personal.idNumber()),
                    Masks.mobile(personal.phone()), stored.management(),
                    stored.trained(), stored.passed(), stored.employer(), stored.employerInDalian(), stored.outOfProvince(),
                    stored.contractRef() != null, stored.insuranceRef() != null, stored.counting(), stored.counting().label());
        }
    }

    /** A worker's personal data in full: answered to staff only, each time recorded. */
    record DisclosedWorker(int line, String name, String idNumber, String phone) {
    }
}
