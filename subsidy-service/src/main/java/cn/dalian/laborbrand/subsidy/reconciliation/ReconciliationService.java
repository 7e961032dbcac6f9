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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * Imports the bank's daily statements and reconciles them: once per day, once per file (the same file again answers the
 * import it made, and changes nothing), the statement and every result written in one transaction or nothing at all.
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

    /** An import, and whether it was there before this request (the same file imported again). */
    record Outcome(StatementImport imported, List<StatementEntry> entries, boolean duplicate) {
    }

    /**
     * Reads, matches and records a statement file.
     *
     * @param statedDate the day finance says the statement is of (required when it lists no payment)
     * @throws PlatformException the file's faults ({@link StatementFormat#parse}); {@code STATEMENT_DATE_ALREADY_IMPORTED}
     *                           (409, with {@code importId}) when another file of that day was imported
     */
    Outcome importStatement(byte[] content, String fileName, Optional<LocalDate> statedDate, String by) {
        String sha256 = StatementImport.fingerprint(content);
        Optional<Outcome> before = alreadyImported(sha256);
        if (before.isPresent()) {
            return before.get();
        }
        Statement statement = StatementFormat.parse(content, statedDate, ChineseDates.today(clock));
        requireDayFree(statement.date());
        try {
            return transactions.execute(status -> {
                List<StatementEntry> entries = match(statement);
                StatementImport imported = StatementImport.of(UUID.randomUUID(), statement, sha256, StatementImport.fileNameOf(fileName), by,
                        clock.instant(), entries);
                statements.insert(imported, entries);
                return new Outcome(imported, entries, false);
            });
        } catch (DuplicateKeyException raced) {
            // someone imported the same file, or another one of that day, a moment before
            Optional<Outcome> same = alreadyImported(sha256);
            if (same.isPresent()) {
                return same.get();
            }
            requireDayFree(statement.date());
            throw raced;
        }
    }

    @Transactional(readOnly = true)
    Page<StatementImport> list(PageQuery page) {
        return statements.find(page);
    }

    @Transactional(readOnly = true)
    Outcome get(UUID id) {
        StatementImport imported = statements.find(id).orElseThrow(() -> PlatformException.notFound("该对账单导入记录不存在。"));
        return new Outcome(imported, statements.entries(imported.id(), imported.statementDate()), false);
    }

    private List<StatementEntry> match(Statement statement) {
        Set<String> references = statement.lines().stream().map(StatementLine::reference).collect(Collectors.toSet());
        Instant from = Reconciliation.startOf(statement.date());
        Instant until = Reconciliation.startOf(statement.date().plusDays(1));
        List<LedgerPayment> succeeded = ledger.succeededBetween(from, until);
        return Reconciliation.match(statement, ledger.byReferences(references), succeeded,
                statements.listedOnStatements(succeeded.stream().map(LedgerPayment::reference).toList()));
    }

    private Optional<Outcome> alreadyImported(String sha256) {
        return statements.findByFile(sha256)
                .map(imported -> new Outcome(imported, statements.entries(imported.id(), imported.statementDate()), true));
    }

    private void requireDayFree(LocalDate date) {
        statements.findByDate(date).ifPresent(other -> {
            throw new PlatformException(ReconciliationProblem.STATEMENT_DATE_ALREADY_IMPORTED,
                    "%s 的对账单已于 %s 由 %s 导入（文件「%s」），同一日期只能导入一份对账单。".formatted(other.statementDate(),
                            ChineseDates.format(LocalDate.ofInstant(other.importedAt(), ChineseDates.DALIAN)), other.importedBy(), other.fileName()))
                    .with("importId", other.id())
                    .with("statementDate", other.statementDate());
        });
    }
}
