package cn.dalian.laborbrand.registry.subsidy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** The subsidies paid, one row per brand and certification level. */
@Repository
class PaidSubsidyRepository {

    private final JdbcClient jdbc;

    PaidSubsidyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the payment unless the brand's subsidy of that level is already recorded; false then. */
    boolean insert(PaidSubsidy paid, Instant recordedAt) {
        return jdbc.sql("""
                INSERT INTO paid_subsidy (brand_id, certification_level, amount_fen, paid_at, payment_reference, bank_transaction_id,
                                          entitlement_id, recorded_at)
                VALUES (:brandId, :level, :amountFen, :paidAt, :reference, :transactionId, :entitlementId, :recordedAt)
                ON CONFLICT (brand_id, certification_level) DO NOTHING
                """)
                .param("brandId", paid.brandId())
                .param("level", paid.certificationLevel().name())
                .param("amountFen", paid.amount().fen())
                .param("paidAt", Timestamp.from(paid.paidAt()))
                .param("reference", paid.paymentReference())
                .param("transactionId", paid.bankTransactionId())
                .param("entitlementId", paid.entitlementId())
                .param("recordedAt", Timestamp.from(recordedAt))
                .update() == 1;
    }

    /** The subsidies paid to these brands, the city's before the province's. */
    List<PaidSubsidy> findByBrands(Collection<UUID> brandIds) {
        if (brandIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM paid_subsidy WHERE brand_id IN (:ids)
                ORDER BY brand_id, CASE certification_level WHEN 'CITY' THEN 0 ELSE 1 END
                """)
                .param("ids", brandIds)
                .query(PaidSubsidyRepository::map)
                .list();
    }

    private static PaidSubsidy map(ResultSet row, int rowNumber) throws SQLException {
        return new PaidSubsidy(row.getObject("brand_id", UUID.class), CertificationLevel.valueOf(row.getString("certification_level")),
                new Money(row.getLong("amount_fen")), row.getTimestamp("paid_at").toInstant(), row.getString("payment_reference"),
                row.getString("bank_transaction_id"), row.getObject("entitlement_id", UUID.class));
    }
}
