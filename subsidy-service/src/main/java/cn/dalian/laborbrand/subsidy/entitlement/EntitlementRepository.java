package cn.dalian.laborbrand.subsidy.entitlement;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;

/** Entitlements in the service's own database; one per brand and level, whatever is delivered twice. */
@Repository
class EntitlementRepository {

    private final JdbcClient jdbc;

    EntitlementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the brand has its entitlement of that level already. */
    boolean insertOnce(Entitlement entitlement) {
        return jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, level, amount_fen, status,
                                         created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, :brandName, :level, :amountFen, :status, :createdAt, :version)
                ON CONFLICT ON CONSTRAINT entitlement_once_per_brand_and_level DO NOTHING
                """)
                .param("id", entitlement.id())
                .param("brandId", entitlement.brandId())
                .param("applicationId", entitlement.applicationId())
                .param("orgId", entitlement.orgId())
                .param("unitName", entitlement.unitName())
                .param("brandName", entitlement.brandName())
                .param("level", entitlement.level().name())
                .param("amountFen", entitlement.amount().fen())
                .param("status", entitlement.status().name())
                .param("createdAt", Timestamp.from(entitlement.createdAt()))
                .param("version", entitlement.version())
                .update() == 1;
    }

    /** A page of the entitlements, optionally in one status, oldest first (created_at, then id). */
    Page<Entitlement> find(Optional<EntitlementStatus> status, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String filter = "(CAST(:status AS varchar) IS NULL OR status = :status)";
        Map<String, Object> filterParameters = new HashMap<>();
        filterParameters.put("status", status.map(Enum::name).orElse(null));
        List<Entitlement> fetched = jdbc.sql("SELECT * FROM entitlement WHERE " + filter + """
                 AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) > (:afterCreated, :afterId))
                ORDER BY created_at, id
                LIMIT :limit
                """)
                .params(filterParameters)
                .param("afterCreated", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query((row, n) -> new Entitlement(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                        row.getObject("application_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                        row.getString("brand_name"), BrandLevel.valueOf(row.getString("level")),
                        new Money(row.getLong("amount_fen")), EntitlementStatus.valueOf(row.getString("status")),
                        row.getTimestamp("created_at").toInstant(), row.getInt("version")))
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM entitlement WHERE " + filter).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, entitlement -> Cursor.of(entitlement.createdAt(), entitlement.id()), total);
    }
}
