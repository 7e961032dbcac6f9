package cn.dalian.laborbrand.subsidy.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * Imports the bank's daily statements and reconciles them: once per file (the same file again answers the import it made,
 * and changes nothing), one current import per day (another file of the day replaces it, and the earlier one stays as
 * history), the statement, every result and the earlier import's mark written in one transaction or nothing at all.
 */
@Service
class ReconciliationService {

    private final StatementRepository statements;
    private final PaymentLedger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReconciliationService(StatementRepository statements, PaymentLedger ledger, TransactionTemplate transactions, Clock clock) {
        this.statements = statements;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * An import, and whether it was there before this request (the same file imported again).
     *
     * @param replaced  the day's import this request replaced, as it stands now (superseded); null when it replaced none
     * @param currentId the day's current import: {@code imported}'s own id unless a later file of the day replaced it
     */
    record Outcome(StatementImport imported, List<StatementEntry> entries, boolean duplicate, StatementImport replaced, UUID currentId) {
    }

    /**
     * Reads, matches and records a statement file; a file of a day imported already replaces the day's current import.
     *
     * @param statedDate the day finance says the statement is of (required when it lists no payment)
     * @throws PlatformException the file's faults ({@link StatementFormat#parse}); {@code STATEMENT_DATE_ALREADY_IMPORTED}
     *                           (409, with {@code importId}) when another file of that day was saved at the same moment
     */
    Outcome importStatement(byte[] content, String fileName, Optional<LocalDate> statedDate, String by) {
        String sha256 = StatementImport.fingerprint(content);
        Optional<Outcome> before = alreadyImported(sha256);
        if (before.isPresent()) {
            return before.get();
        }
        Statement statement = StatementFormat.parse(content, statedDate, ChineseDates.today(clock));
        try {
            return transactions.execute(status -> {
                Optional<StatementImport> current = statements.findCurrent(statement.date());
                List<StatementEntry> entries = match(statement);
                StatementImport imported = StatementImport.of(UUID.randomUUID(), statement, sha256, StatementImport.fileNameOf(fileName), by,
                        clock.instant(), entries);
                Optional<StatementImport> replaced = current.map(earlier -> earlier.supersededBy(imported));
                if (replaced.isPresent() && !statements.markSuperseded(replaced.get())) {
                    throw new OptimisticLockingFailureException("the day's current import was replaced meanwhile");
                }
                statements.insert(imported, entries);
                return new Outcome(imported, entries, false, replaced.orElse(null), imported.id());
            });
        } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
            // someone imported the same file, or another one of that day, at the same moment: theirs stands, nothing of this one
            Optional<Outcome> same = alreadyImported(sha256);
            if (same.isPresent()) {
                return same.get();
            }
            throw importedMeanwhile(statement.date());
        }
    }

    /** A page of the imports, superseded ones too unless {@code currentOnly}. */
    @Transactional(readOnly = true)
    Page<StatementImport> list(boolean currentOnly, PageQuery page) {
        return statements.find(currentOnly, page);
    }

    @Transactional(readOnly = true)
    Outcome get(UUID id) {
        return statements.find(id).map(imported -> stored(imported, false))
                .orElseThrow(() -> PlatformException.notFound("该对账单导入记录不存在。"));
    }

    private List<StatementEntry> match(Statement statement) {
        Set<String> references = statement.lines().stream().map(StatementLine::reference).collect(Collectors.toSet());
        Instant from = Reconciliation.startOf(statement.date());
        Instant until = Reconciliation.startOf(statement.date().plusDays(1));
        List<LedgerPayment> succeeded = ledger.succeededBetween(from, until);
        return Reconciliation.match(statement, ledger.byReferences(references), succeeded,
                statements.listedOnOtherDays(statement.date(), succeeded.stream().map(LedgerPayment::reference).toList()));
    }

    /** The import this very file made, current or superseded since: answered again, nothing changes. */
    private Optional<Outcome> alreadyImported(String sha256) {
        return statements.findByFile(sha256).map(imported -> stored(imported, true));
    }

    private Outcome stored(StatementImport imported, boolean duplicate) {
        // a superseded import's day always has a current one: the import that replaced it, or a later one that replaced that
        UUID currentId = imported.supersededBy() == null ? imported.id()
                : statements.findCurrent(imported.statementDate()).map(StatementImport::id).orElseThrow();
        return new Outcome(imported, statements.entries(imported.id(), imported.statementDate()), duplicate, null, currentId);
    }

    /** The refusal of the one that lost the race to another file of the same day: nothing of it was written. */
    private PlatformException importedMeanwhile(LocalDate date) {
        Optional<StatementImport> winner = statements.findCurrent(date);
        PlatformException refused = winner.isEmpty() ? new PlatformException(ReconciliationProblem.STATEMENT_DATE_ALREADY_IMPORTED)
                : new PlatformException(ReconciliationProblem.STATEMENT_DATE_ALREADY_IMPORTED,
                        "%s 的另一份对账单（文件「%s」，%s 导入）与您的导入同时保存，本次导入未生效。请先查看该对账结果；如仍需以您的文件为准，请重新导入。"
                                .formatted(date, winner.get().fileName(), winner.get().importedBy()))
                        .with("importId", winner.get().id());
        return refused.with("statementDate", date);
    }
}
