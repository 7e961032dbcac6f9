package cn.dalian.laborbrand.subsidy.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
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
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Payments in the service's own database, the payee's account number encrypted. */
@Repository
class PaymentRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    PaymentRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The database refuses a second live payment of an entitlement, and a reference twice. */
    void insert(Payment payment) {
        PaymentOrder order = payment.order();
        jdbc.sql("""
                INSERT INTO payment (id, reference, entitlement_id, attempt, batch_id, year, org_id, unit_name, brand_name, certification_level,
                                     amount_fen, purpose, payee_account_name, payee_bank_name, payee_account_number, status, send_count,
                                     next_attempt_at, created_at)
                VALUES (:id, :reference, :entitlementId, :attempt, :batchId, :year, :orgId, :unitName, :brandName, :level, :amount, :purpose,
                        :accountName, :bankName, :number, :status, :sendCount, :nextAttemptAt, :createdAt)
                """)
                .param("id", payment.id())
                .param("reference", payment.reference())
                .param("entitlementId", order.entitlementId())
                .param("attempt", payment.attempt())
                .param("batchId", payment.batchId())
                .param("year", payment.year())
                .param("orgId", order.orgId())
                .param("unitName", order.unitName())
                .param("brandName", order.brandName())
                .param("level", order.level().name())
                .param("amount", order.amount().fen())
                .param("purpose", payment.purpose())
                .param("accountName", order.payee().accountName())
                .param("bankName", order.payee().bankName())
                .param("number", cipher.encrypt(order.payee().number()))
                .param("status", payment.status().name())
                .param("sendCount", payment.sendCount())
                .param("nextAttemptAt", Timestamp.from(payment.nextAttemptAt()))
                .param("createdAt", Timestamp.from(payment.createdAt()))
                .update();
    }

    /** Everything that moves after it was queued. */
    void update(Payment payment) {
        jdbc.sql("""
                UPDATE payment SET status = :status, send_count = :sendCount, next_attempt_at = :nextAttemptAt, last_error = :lastError,
                                   transaction_id = :transactionId, failure_code = :failureCode, failure_reason = :failureReason,
                                   last_sent_at = :lastSentAt, accepted_at = :acceptedAt, completed_at = :completedAt
                WHERE id = :id
                """)
                .param("id", payment.id())
                .param("status", payment.status().name())
                .param("sendCount", payment.sendCount())
                .param("nextAttemptAt", Timestamp.from(payment.nextAttemptAt()))
                .param("lastError", payment.lastError())
                .param("transactionId", payment.transactionId())
                .param("failureCode", payment.failureCode())
                .param("failureReason", payment.failureReason())
                .param("lastSentAt", timestamp(payment.lastSentAt()))
                .param("acceptedAt", timestamp(payment.acceptedAt()))
                .param("completedAt", timestamp(payment.completedAt()))
                .update();
    }

    /** The attempt a new payment of the entitlement is: one more than its payments so far. */
    int nextAttempt(UUID entitlementId) {
        return jdbc.sql("SELECT coalesce(max(attempt), 0) + 1 FROM payment WHERE entitlement_id = :id").param("id", entitlementId)
                .query(Integer.class).single();
    }

    Optional<Payment> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment WHERE id = :id").param("id", id).query(this::payment).optional();
    }

    /** The payment, held until the transaction ends: results, sends and questions on one payment never cross. */
    Optional<Payment> lock(UUID id) {
        return jdbc.sql("SELECT * FROM payment WHERE id = :id FOR UPDATE").param("id", id).query(this::payment).optional();
    }

    Optional<Payment> lockByReference(String reference) {
        return jdbc.sql("SELECT * FROM payment WHERE reference = :reference FOR UPDATE").param("reference", reference)
                .query(this::payment).optional();
    }

    /**
     * The payment in that status that has been due longest, held; one another instance holds is skipped, so that two
     * instances never take the same payment.
     */
    Optional<Payment> claimDue(PaymentStatus status, Instant now) {
        return jdbc.sql("""
                SELECT * FROM payment WHERE status = :status AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .query(this::payment)
                .optional();
    }

    /** A page of payments, optionally in one status, oldest first. */
    Page<Payment> find(Optional<PaymentStatus> status, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String filter = "(CAST(:status AS varchar) IS NULL OR status = :status)";
        Map<String, Object> filterParameters = new HashMap<>();
        filterParameters.put("status", status.map(Enum::name).orElse(null));
        List<Payment> fetched = jdbc.sql("SELECT * FROM payment WHERE " + filter + """
                 AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) > (:afterCreated, :afterId))
                ORDER BY created_at, id
                LIMIT :limit
                """)
                .params(filterParameters)
                .param("afterCreated", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(this::payment)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM payment WHERE " + filter).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, payment -> Cursor.of(payment.createdAt(), payment.id()), total);
    }

    List<Payment> ofBatch(UUID batchId) {
        return jdbc.sql("SELECT * FROM payment WHERE batch_id = :batchId ORDER BY created_at, id").param("batchId", batchId)
                .query(this::payment).list();
    }

    /** How many of each batch's payments are in each status. */
    Map<UUID, Map<PaymentStatus, Integer>> countsByBatch(Collection<UUID> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<PaymentStatus, Integer>> counts = new HashMap<>();
        jdbc.sql("SELECT batch_id, status, count(*) AS payments FROM payment WHERE batch_id IN (:ids) GROUP BY batch_id, status")
                .param("ids", batchIds)
                .query(row -> {
                    counts.computeIfAbsent(row.getObject("batch_id", UUID.class), id -> new HashMap<>())
                            .put(PaymentStatus.valueOf(row.getString("status")), row.getInt("payments"));
                });
        return counts;
    }

    private Payment payment(ResultSet row, int n) throws SQLException {
        PaymentOrder order = new PaymentOrder(row.getObject("entitlement_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                row.getString("brand_name"), CertificationLevel.valueOf(row.getString("certification_level")), new Money(row.getLong("amount_fen")),
                new Payee(row.getString("payee_account_name"), row.getString("payee_bank_name"), cipher.decrypt(row.getString("payee_account_number"))));
        return new Payment(row.getObject("id", UUID.class), row.getString("reference"), row.getInt("attempt"), row.getObject("batch_id", UUID.class),
                row.getInt("year"), row.getString("purpose"), order, PaymentStatus.valueOf(row.getString("status")), row.getInt("send_count"),
                row.getTimestamp("next_attempt_at").toInstant(), row.getString("last_error"), row.getString("transaction_id"),
                row.getString("failure_code"), row.getString("failure_reason"), row.getTimestamp("created_at").toInstant(),
                instant(row, "last_sent_at"), instant(row, "accepted_at"), instant(row, "completed_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
