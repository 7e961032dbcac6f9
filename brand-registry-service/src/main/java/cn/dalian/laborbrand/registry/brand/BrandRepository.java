package cn.dalian.laborbrand.registry.brand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** Registered brands in the service's own database. */
@Repository
public class BrandRepository {

    private final JdbcClient jdbc;

    BrandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Brands the public list shows, optionally of one level, newest certificates first. */
    List<Brand> findListedPublicly(Optional<BrandLevel> level) {
        List<String> statuses = Arrays.stream(BrandStatus.values()).filter(BrandStatus::isListedPublicly).map(Enum::name).toList();
        return jdbc.sql("""
                SELECT * FROM brand
                WHERE status IN (:statuses) AND (CAST(:level AS varchar) IS NULL OR level = :level)
                ORDER BY certified_on DESC, certificate_number
                """)
                .param("statuses", statuses)
                .param("level", level.map(Enum::name).orElse(null))
                .query(BrandRepository::map)
                .list();
    }

    List<Brand> findInScope(BrandScope scope) {
        return jdbc.sql("""
                SELECT * FROM brand
                WHERE (CAST(:orgId AS varchar) IS NULL OR org_id = :orgId)
                  AND (CAST(:district AS varchar) IS NULL OR district = :district)
                ORDER BY certified_on DESC, certificate_number
                """)
                .param("orgId", scope.orgId().orElse(null))
                .param("district", scope.district().orElse(null))
                .query(BrandRepository::map)
                .list();
    }

    /** Every brand in any status, for the provincial system's resource library. */
    public List<Brand> findAll() {
        return jdbc.sql("SELECT * FROM brand ORDER BY certified_on, certificate_number").query(BrandRepository::map).list();
    }

    private static Brand map(ResultSet row, int rowNumber) throws SQLException {
        return new Brand(row.getObject("id", UUID.class), row.getString("certificate_number"),
                row.getObject("application_id", UUID.class), row.getString("org_id"), row.getString("unit_name"),
                row.getString("district"), row.getString("brand_name"), BrandLevel.valueOf(row.getString("level")),
                BrandStatus.valueOf(row.getString("status")), row.getObject("certified_on", LocalDate.class),
                row.getTimestamp("registered_at").toInstant(), row.getInt("version"));
    }
}
