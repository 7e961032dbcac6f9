package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

@Repository
class EntitlementRepository {

    private final JdbcClient jdbc;

    EntitlementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entitlement> find(Optional<EntitlementStatus> status) {
        return jdbc.sql("""
                SELECT * FROM entitlement
                WHERE CAST(:status AS varchar) IS NULL OR status = :status
                ORDER BY created_at
                """)
                .param("status", status.map(Enum::name).orElse(null))
                .query((row, n) -> new Entitlement(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                        row.getObject("application_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                        row.getString("brand_name"), BrandLevel.valueOf(row.getString("level")),
                        new Money(row.getLong("amount_fen")), EntitlementStatus.valueOf(row.getString("status")),
                        row.getTimestamp("created_at").toInstant(), row.getInt("version")))
                .list();
    }
}
