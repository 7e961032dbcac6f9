package cn.dalian.laborbrand.subsidy.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment;
import cn.dalian.laborbrand.subsidy.reconciliation.PaymentLedger;

/**
 * Reconciliation's and the exports' view of the {@code payment} table: only what they compare (no payee, so nothing is
 * decrypted for a statement of hundreds of lines).
 */
@Component
class PaymentTableLedger implements PaymentLedger {

    private static final String COLUMNS = "reference, entitlement_id, unit_name, brand_name, amount_fen, status, transaction_id, completed_at";

    private final JdbcClient jdbc;

    PaymentTableLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LedgerPayment> byReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE reference IN (:references)").param("references", references)
                .query(PaymentTableLedger::ledgerPayment).list();
    }

    @Override
    public List<LedgerPayment> succeededBetween(Instant from, Instant until) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE status = 'SUCCEEDED' AND completed_at >= :from AND completed_at < :until")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(PaymentTableLedger::ledgerPayment).list();
    }

    @Override
    public List<LedgerPayment> byEntitlements(Collection<UUID> entitlementIds) {
        if (entitlementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE entitlement_id IN (:ids)").param("ids", entitlementIds)
                .query(PaymentTableLedger::ledgerPayment).list();
    }

    private static LedgerPayment ledgerPayment(ResultSet row, int n) throws SQLException {
        Timestamp completed = row.getTimestamp("completed_at");
        return new LedgerPayment(row.getString("reference"), row.getObject("entitlement_id", UUID.class), row.getString("unit_name"),
                row.getString("brand_name"), new Money(row.getLong("amount_fen")), LedgerPayment.Status.valueOf(row.getString("status")),
                row.getString("transaction_id"), completed == null ? null : completed.toInstant());
    }
}
