package cn.dalian.laborbrand.subsidy.entitlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;

/**
 * Entitlements in the service's own database; one per application and certification level and one per brand and level,
 * whatever is delivered twice.
 */
@Repository
class EntitlementRepository {

    private final JdbcClient jdbc;

    EntitlementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the application's entitlements still until the transaction ends, so that two certifications of one application
     * arriving at once (on two topics, or one re-sent under a new brand id) are decided one after the other.
     */
    void lockApplication(UUID applicationId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:applicationId AS text), 0))").param("applicationId", applicationId)
                .query().singleRow();
    }

    /** The entitlements of the application or of the brand. */
    List<Entitlement> heldBy(UUID applicationId, UUID brandId) {
        return jdbc.sql("SELECT * FROM entitlement WHERE application_id = :applicationId OR brand_id = :brandId")
                .param("applicationId", applicationId).param("brandId", brandId)
                .query(EntitlementRepository::entitlement).list();
    }

    /** False when the application, or the brand, has its entitlement of that certification level already. */
    boolean insertOnce(Entitlement entitlement) {
        return jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, certification_level, amount_fen, status,
                                         created_at, version)
                VALUES (:id, :brandId, :applicationId, :orgId, :unitName, :brandName, :level, :amountFen, :status, :createdAt, :version)
                ON CONFLICT DO NOTHING
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
                .query(EntitlementRepository::entitlement)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM entitlement WHERE " + filter).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, entitlement -> Cursor.of(entitlement.createdAt(), entitlement.id()), total);
    }

    /** The entitlements that exist among the ids, as they stand (not locked). */
    List<Entitlement> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM entitlement WHERE id IN (:ids)").param("ids", ids).query(EntitlementRepository::entitlement).list();
    }

    /** The entitlements that exist among the ids, locked in id order (two batches locking overlapping sets cannot deadlock). */
    List<Entitlement> lock(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM entitlement WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids)
                .query(EntitlementRepository::entitlement).list();
    }

    /** How many of the entitlements moved (those in one of the {@code from} statuses). */
    int move(Collection<UUID> ids, Set<EntitlementStatus> from, EntitlementStatus to) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE entitlement SET status = :to, version = version + 1 WHERE id IN (:ids) AND status IN (:from)")
                .param("ids", ids).param("from", from.stream().map(Enum::name).toList()).param("to", to.name()).update();
    }

    private static Entitlement entitlement(ResultSet row, int n) throws SQLException {
        return new Entitlement(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                row.getObject("application_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                row.getString("brand_name"), CertificationLevel.valueOf(row.getString("certification_level")),
                new Money(row.getLong("amount_fen")), EntitlementStatus.valueOf(row.getString("status")),
                row.getTimestamp("created_at").toInstant(), row.getInt("version"));
    }
}
