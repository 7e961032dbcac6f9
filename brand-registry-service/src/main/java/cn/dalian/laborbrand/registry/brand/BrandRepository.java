package cn.dalian.laborbrand.registry.brand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.DataScope;

/** Registered brands in the service's own database. */
@Repository
class BrandRepository {

    /** Newest certificates first: the day of certification descending, then the certificate number. */
    private static final String NEWEST_FIRST = """
             AND (CAST(:afterDay AS date) IS NULL OR certified_on < :afterDay
                  OR (certified_on = :afterDay AND certificate_number > :afterNumber))
            ORDER BY certified_on DESC, certificate_number
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    BrandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID brandId) {
        return jdbc.sql("SELECT count(*) FROM brand WHERE id = :id").param("id", brandId).query(Integer.class).single() > 0;
    }

    Optional<Brand> find(UUID brandId) {
        return jdbc.sql("SELECT * FROM brand WHERE id = :id").param("id", brandId).query(BrandRepository::map).optional();
    }

    Optional<Brand> findByCertificateNumber(String certificateNumber) {
        return jdbc.sql("SELECT * FROM brand WHERE certificate_number = :number").param("number", certificateNumber)
                .query(BrandRepository::map).optional();
    }

    List<Brand> findAll(Collection<UUID> brandIds) {
        if (brandIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM brand WHERE id IN (:ids)").param("ids", brandIds).query(BrandRepository::map).list();
    }

    /** Sets the status if the brand is still at the version read; false when someone changed it meanwhile. */
    boolean updateStatus(UUID brandId, int expectedVersion, BrandStatus next) {
        return jdbc.sql("UPDATE brand SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", next.name()).param("id", brandId).param("version", expectedVersion).update() == 1;
    }

    void insert(Brand brand) {
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, :status,
                        :certifiedOn, :registeredAt, :version)
                """)
                .param("id", brand.id())
                .param("certificate", brand.certificateNumber())
                .param("applicationId", brand.applicationId())
                .param("orgId", brand.orgId())
                .param("unitName", brand.unitName())
                .param("district", brand.district())
                .param("brandName", brand.brandName())
                .param("level", brand.level().name())
                .param("status", brand.status().name())
                .param("certifiedOn", brand.certifiedOn())
                .param("registeredAt", Timestamp.from(brand.registeredAt()))
                .param("version", brand.version())
                .update();
    }

    /** A page of the brands the public list shows, optionally of one level. */
    Page<Brand> findListedPublicly(Optional<BrandLevel> level, PageQuery page) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("statuses", Arrays.stream(BrandStatus.values()).filter(BrandStatus::isListedPublicly).map(Enum::name).toList());
        filter.put("level", level.map(Enum::name).orElse(null));
        return newestFirst("status IN (:statuses) AND (CAST(:level AS varchar) IS NULL OR level = :level)", filter, page);
    }

    Page<Brand> findInScope(DataScope scope, PageQuery page) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("orgId", scope.orgId().orElse(null));
        filter.put("district", scope.district().orElse(null));
        return newestFirst("(CAST(:orgId AS varchar) IS NULL OR org_id = :orgId) AND (CAST(:district AS varchar) IS NULL OR district = :district)",
                filter, page);
    }

    /** A page of the brands the filter selects, newest certificate first, with their count on the first page. */
    private Page<Brand> newestFirst(String filter, Map<String, Object> filterParameters, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        List<Brand> fetched = jdbc.sql("SELECT * FROM brand WHERE " + filter + NEWEST_FIRST)
                .params(filterParameters)
                .param("afterDay", after.map(cursor -> cursor.date(0)).orElse(null))
                .param("afterNumber", after.map(cursor -> cursor.text(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(BrandRepository::map)
                .list();
        Long total = page.isFirstPage() ? jdbc.sql("SELECT count(*) FROM brand WHERE " + filter).params(filterParameters)
                .query(Long.class).single() : null;
        return Page.of(fetched, page, brand -> Cursor.of(brand.certifiedOn(), brand.certificateNumber()), total);
    }

    private static Brand map(ResultSet row, int rowNumber) throws SQLException {
        return new Brand(row.getObject("id", UUID.class), row.getString("certificate_number"),
                row.getObject("application_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                row.getString("district"), row.getString("brand_name"), BrandLevel.valueOf(row.getString("level")),
                BrandStatus.valueOf(row.getString("status")), row.getObject("certified_on", LocalDate.class),
                row.getTimestamp("registered_at").toInstant(), row.getInt("version"));
    }
}
