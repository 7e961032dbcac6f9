package cn.dalian.laborbrand.subsidy.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Payment batches, their lines (the payee's account number encrypted) and their audit trail. */
@Repository
class BatchRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    BatchRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The batch with its lines; the database's partial unique index refuses a line whose entitlement is in another open batch.
     * An entitlement's line in an approved batch whose payment failed is superseded by the new one (kept as history).
     */
    void insert(PaymentBatch batch) {
        jdbc.sql("""
                INSERT INTO payment_batch (id, year, purpose, status, total_fen, prepared_by, prepared_at)
                VALUES (:id, :year, :purpose, :status, :total, :preparedBy, :preparedAt)
                """)
                .param("id", batch.id())
                .param("year", batch.year())
                .param("purpose", batch.purpose())
                .param("status", batch.status().name())
                .param("total", batch.total().fen())
                .param("preparedBy", batch.preparedBy())
                .param("preparedAt", Timestamp.from(batch.preparedAt()))
                .update();
        jdbc.sql("""
                UPDATE payment_batch_line SET superseded_by = :batchId
                WHERE entitlement_id IN (:entitlementIds) AND NOT returned AND superseded_by IS NULL
                """)
                .param("batchId", batch.id())
                .param("entitlementIds", batch.lines().stream().map(BatchLine::entitlementId).toList())
                .update();
        int position = 0;
        for (BatchLine line : batch.lines()) {
            jdbc.sql("""
                    INSERT INTO payment_batch_line (batch_id, entitlement_id, position, org_id, unit_name, brand_name, certification_level,
                                                    amount_fen, payee_account_name, payee_bank_name, payee_account_number)
                    VALUES (:batchId, :entitlementId, :position, :orgId, :unitName, :brandName, :level, :amount, :accountName, :bankName, :number)
                    """)
                    .param("batchId", batch.id())
                    .param("entitlementId", line.entitlementId())
                    .param("position", position++)
                    .param("orgId", line.orgId())
                    .param("unitName", line.unitName())
                    .param("brandName", line.brandName())
                    .param("level", line.level().name())
                    .param("amount", line.amount().fen())
                    .param("accountName", line.payee().accountName())
                    .param("bankName", line.payee().bankName())
                    .param("number", cipher.encrypt(line.payee().number()))
                    .update();
        }
    }

    /** The decision on a batch; a returned batch's lines free their entitlements for another batch. */
    void decide(PaymentBatch batch) {
        jdbc.sql("""
                UPDATE payment_batch SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt, return_reason = :reason
                WHERE id = :id
                """)
                .param("id", batch.id())
                .param("status", batch.status().name())
                .param("decidedBy", batch.decidedBy())
                .param("decidedAt", Timestamp.from(batch.decidedAt()))
                .param("reason", batch.returnReason())
                .update();
        if (batch.status() == BatchStatus.RETURNED) {
            jdbc.sql("UPDATE payment_batch_line SET returned = true WHERE batch_id = :id").param("id", batch.id()).update();
        }
    }

    void record(UUID batchId, BatchStep step) {
        jdbc.sql("INSERT INTO payment_batch_audit (batch_id, action, actor, role, at, reason) VALUES (:batchId, :action, :actor, :role, :at, :reason)")
                .param("batchId", batchId)
                .param("action", step.action().name())
                .param("actor", step.actor())
                .param("role", step.role().name())
                .param("at", Timestamp.from(step.at()))
                .param("reason", step.reason())
                .update();
    }

    Optional<PaymentBatch> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment_batch WHERE id = :id").param("id", id).query((row, n) -> batch(row)).optional();
    }

    /** The batch, held until the transaction ends, so that two approvers' decisions do not cross. */
    Optional<PaymentBatch> lock(UUID id) {
        return jdbc.sql("SELECT * FROM payment_batch WHERE id = :id FOR UPDATE").param("id", id).query((row, n) -> batch(row)).optional();
    }

    List<PaymentBatch> findByYear(int year) {
        return jdbc.sql("SELECT * FROM payment_batch WHERE year = :year ORDER BY prepared_at, id").param("year", year)
                .query((row, n) -> batch(row)).list();
    }

    List<BatchStep> trail(UUID batchId) {
        return jdbc.sql("SELECT * FROM payment_batch_audit WHERE batch_id = :batchId ORDER BY id").param("batchId", batchId)
                .query((row, n) -> new BatchStep(BatchStatus.valueOf(row.getString("action")), row.getString("actor"),
                        Role.valueOf(row.getString("role")), row.getTimestamp("at").toInstant(), row.getString("reason")))
                .list();
    }

    /** A page of batches (without their lines' payees), optionally in one status, oldest first: the order they are worked through. */
    Page<PaymentBatch> find(Optional<BatchStatus> status, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String filter = "(CAST(:status AS varchar) IS NULL OR status = :status)";
        Map<String, Object> filterParameters = new HashMap<>();
        filterParameters.put("status", status.map(Enum::name).orElse(null));
        List<PaymentBatch> fetched = jdbc.sql("SELECT * FROM payment_batch WHERE " + filter + """
                 AND (CAST(:afterPrepared AS timestamptz) IS NULL OR (prepared_at, id) > (:afterPrepared, :afterId))
                ORDER BY prepared_at, id
                LIMIT :limit
                """)
                .params(filterParameters)
                .param("afterPrepared", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query((row, n) -> header(row, List.of()))
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM payment_batch WHERE " + filter).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, batch -> Cursor.of(batch.preparedAt(), batch.id()), total);
    }

    /** How many lines each batch holds, for the list. */
    Map<UUID, Integer> lineCounts(List<UUID> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT batch_id, count(*) AS lines FROM payment_batch_line WHERE batch_id IN (:ids) GROUP BY batch_id")
                .param("ids", batchIds)
                .query(row -> {
                    counts.put(row.getObject("batch_id", UUID.class), row.getInt("lines"));
                });
        return counts;
    }

    private PaymentBatch batch(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<BatchLine> lines = jdbc.sql("SELECT * FROM payment_batch_line WHERE batch_id = :id ORDER BY position").param("id", id)
                .query((line, n) -> new BatchLine(line.getObject("entitlement_id", UUID.class), line.getString("org_id"),
                        line.getString("unit_name"), line.getString("brand_name"), CertificationLevel.valueOf(line.getString("certification_level")),
                        new Money(line.getLong("amount_fen")), new PayeeAccount(line.getString("payee_account_name"),
                                line.getString("payee_bank_name"), cipher.decrypt(line.getString("payee_account_number")))))
                .list();
        return header(row, lines);
    }

    private static PaymentBatch header(ResultSet row, List<BatchLine> lines) throws SQLException {
        Timestamp decidedAt = row.getTimestamp("decided_at");
        return new PaymentBatch(row.getObject("id", UUID.class), row.getInt("year"), row.getString("purpose"),
                BatchStatus.valueOf(row.getString("status")), lines, new Money(row.getLong("total_fen")), row.getString("prepared_by"),
                row.getTimestamp("prepared_at").toInstant(), row.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                row.getString("return_reason"));
    }
}
