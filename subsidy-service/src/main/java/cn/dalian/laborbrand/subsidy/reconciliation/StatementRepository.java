package cn.dalian.laborbrand.subsidy.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Imported statements and their entries (the payee's account number encrypted). */
@Repository
class StatementRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    StatementRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The import and its entries, as the day's current import: the unique file and the one current import per day refuse
     * a second of either, however two people race ({@code DuplicateKeyException}). The day's earlier import must have been
     * {@linkplain #markSuperseded marked} first, in the same transaction.
     */
    void insert(StatementImport imported, List<StatementEntry> entries) {
        jdbc.sql("""
                INSERT INTO statement_import (id, statement_date, file_sha256, file_name, imported_by, imported_at, line_count, total_fen,
                                              matched_count, mismatch_count)
                VALUES (:id, :date, :sha256, :fileName, :by, :at, :lineCount, :total, :matched, :mismatched)
                """)
                .param("id", imported.id())
                .param("date", imported.statementDate())
                .param("sha256", imported.fileSha256())
                .param("fileName", imported.fileName())
                .param("by", imported.importedBy())
                .param("at", Timestamp.from(imported.importedAt()))
                .param("lineCount", imported.lineCount())
                .param("total", imported.total().fen())
                .param("matched", imported.matchedCount())
                .param("mismatched", imported.mismatchCount())
                .update();
        for (StatementEntry entry : entries) {
            StatementLine line = entry.line();
            LedgerPayment payment = entry.payment();
            jdbc.sql("""
                    INSERT INTO statement_entry (import_id, line_number, match_status, reference, transaction_time, transaction_id, payee_account_name,
                                                 payee_account_number, payee_bank_name, amount_fen, summary, entitlement_id, unit_name, brand_name,
                                                 platform_amount_fen, platform_status, platform_transaction_id, platform_completed_at, note)
                    VALUES (:importId, :lineNumber, :status, :reference, :time, :transactionId, :accountName, :accountNumber, :bankName, :amount,
                            :summary, :entitlementId, :unitName, :brandName, :platformAmount, :platformStatus, :platformTransactionId,
                            :platformCompletedAt, :note)
                    """)
                    .param("importId", imported.id())
                    .param("lineNumber", line == null ? null : line.lineNumber())
                    .param("status", entry.status().name())
                    .param("reference", entry.reference())
                    .param("time", line == null ? null : Time.valueOf(line.time()))
                    .param("transactionId", line == null ? null : line.transactionId())
                    .param("accountName", line == null ? null : line.payeeAccountName())
                    .param("accountNumber", line == null ? null : cipher.encrypt(line.payeeAccountNumber()))
                    .param("bankName", line == null ? null : line.payeeBankName())
                    .param("amount", line == null ? null : line.amount().fen())
                    .param("summary", line == null ? null : line.summary())
                    .param("entitlementId", payment == null ? null : payment.entitlementId())
                    .param("unitName", payment == null ? null : payment.unitName())
                    .param("brandName", payment == null ? null : payment.brandName())
                    .param("platformAmount", payment == null ? null : payment.amount().fen())
                    .param("platformStatus", payment == null ? null : payment.status().name())
                    .param("platformTransactionId", payment == null ? null : payment.transactionId())
                    .param("platformCompletedAt", payment == null || payment.completedAt() == null ? null : Timestamp.from(payment.completedAt()))
                    .param("note", entry.note())
                    .update();
        }
    }

    Optional<StatementImport> find(UUID id) {
        return jdbc.sql("SELECT * FROM statement_import WHERE id = :id").param("id", id).query(StatementRepository::header).optional();
    }

    Optional<StatementImport> findByFile(String sha256) {
        return jdbc.sql("SELECT * FROM statement_import WHERE file_sha256 = :sha256").param("sha256", sha256)
                .query(StatementRepository::header).optional();
    }

    /** The day's current import, if the day has been imported. */
    Optional<StatementImport> findCurrent(LocalDate date) {
        return jdbc.sql("SELECT * FROM statement_import WHERE statement_date = :date AND superseded_by IS NULL").param("date", date)
                .query(StatementRepository::header).optional();
    }

    /**
     * Marks the day's current import as {@linkplain StatementImport#supersededBy superseded}; false when it is not current
     * any more (another import replaced it since it was read: a concurrent import of the day won, and this one must not).
     */
    boolean markSuperseded(StatementImport superseded) {
        return jdbc.sql("UPDATE statement_import SET superseded_by = :by, superseded_at = :at WHERE id = :id AND superseded_by IS NULL")
                .param("by", superseded.supersededBy())
                .param("at", Timestamp.from(superseded.supersededAt()))
                .param("id", superseded.id())
                .update() == 1;
    }

    /**
     * Which of the references the current statements of other days list (a superseded statement no longer counts, nor does
     * the day's own current one, which the statement being imported replaces).
     */
    Set<String> listedOnOtherDays(LocalDate day, Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT entry.reference
                FROM statement_entry entry JOIN statement_import imported ON imported.id = entry.import_id
                WHERE entry.line_number IS NOT NULL AND entry.reference IN (:references)
                  AND imported.superseded_by IS NULL AND imported.statement_date <> :day
                """)
                .param("references", references).param("day", day).query(String.class).list());
    }

    /** The import's entries, in the order they were written (the statement's lines, then the missing payments). */
    List<StatementEntry> entries(UUID importId, LocalDate statementDate) {
        return jdbc.sql("SELECT * FROM statement_entry WHERE import_id = :importId ORDER BY id").param("importId", importId)
                .query((row, n) -> entry(row, statementDate)).list();
    }

    /**
     * A page of the imports, the latest day first and within a day the latest import first (the current one, then those
     * it replaced); only the current ones when {@code currentOnly}.
     */
    Page<StatementImport> find(boolean currentOnly, PageQuery page) {
        Optional<Cursor> after = page.after(3);
        List<StatementImport> fetched = jdbc.sql("""
                SELECT * FROM statement_import
                WHERE (NOT :currentOnly OR superseded_by IS NULL)
                  AND (CAST(:afterDate AS date) IS NULL OR (statement_date, imported_at, id) < (:afterDate, :afterAt, :afterId))
                ORDER BY statement_date DESC, imported_at DESC, id DESC
                LIMIT :limit
                """)
                .param("currentOnly", currentOnly)
                .param("afterDate", after.map(cursor -> cursor.date(0)).orElse(null))
                .param("afterAt", after.map(cursor -> Timestamp.from(cursor.instant(1))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(2)).orElse(null))
                .param("limit", page.fetchSize())
                .query(StatementRepository::header)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM statement_import WHERE NOT :currentOnly OR superseded_by IS NULL").param("currentOnly", currentOnly)
                        .query(Long.class).single()
                : null;
        return Page.of(fetched, page, imported -> Cursor.of(imported.statementDate(), imported.importedAt(), imported.id()), total);
    }

    private static StatementImport header(ResultSet row, int n) throws SQLException {
        Timestamp supersededAt = row.getTimestamp("superseded_at");
        return new StatementImport(row.getObject("id", UUID.class), row.getObject("statement_date", LocalDate.class), row.getString("file_sha256"),
                row.getString("file_name"), row.getString("imported_by"), row.getTimestamp("imported_at").toInstant(), row.getInt("line_count"),
                new Money(row.getLong("total_fen")), row.getInt("matched_count"), row.getInt("mismatch_count"),
                row.getObject("superseded_by", UUID.class), supersededAt == null ? null : supersededAt.toInstant());
    }

    private StatementEntry entry(ResultSet row, LocalDate statementDate) throws SQLException {
        Integer lineNumber = row.getObject("line_number", Integer.class);
        String reference = row.getString("reference");
        StatementLine line = lineNumber == null ? null : new StatementLine(lineNumber, statementDate, row.getTime("transaction_time").toLocalTime(),
                row.getString("transaction_id"), reference, row.getString("payee_account_name"), cipher.decrypt(row.getString("payee_account_number")),
                row.getString("payee_bank_name"), new Money(row.getLong("amount_fen")), row.getString("summary"));
        UUID entitlementId = row.getObject("entitlement_id", UUID.class);
        Timestamp completedAt = row.getTimestamp("platform_completed_at");
        LedgerPayment payment = entitlementId == null ? null : new LedgerPayment(reference, entitlementId, row.getString("unit_name"),
                row.getString("brand_name"), new Money(row.getLong("platform_amount_fen")), LedgerPayment.Status.valueOf(row.getString("platform_status")),
                row.getString("platform_transaction_id"), completedAt == null ? null : completedAt.toInstant());
        return new StatementEntry(MatchStatus.valueOf(row.getString("match_status")), line, payment, row.getString("note"));
    }
}
