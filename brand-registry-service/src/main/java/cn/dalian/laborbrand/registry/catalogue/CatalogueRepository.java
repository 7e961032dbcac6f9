package cn.dalian.laborbrand.registry.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The guidance catalogue in the service's own database. */
@Repository
class CatalogueRepository {

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueEntry> findAll(boolean activeOnly) {
        return jdbc.sql("SELECT * FROM catalogue_entry WHERE active OR NOT :activeOnly ORDER BY code")
                .param("activeOnly", activeOnly).query(CatalogueRepository::map).list();
    }

    Optional<CatalogueEntry> find(String code) {
        return jdbc.sql("SELECT * FROM catalogue_entry WHERE code = :code").param("code", code).query(CatalogueRepository::map).optional();
    }

    void insert(CatalogueEntry entry) {
        jdbc.sql("""
                INSERT INTO catalogue_entry (code, name, industry_section, industry_division, guidance, active, updated_by, updated_at, version)
                VALUES (:code, :name, :section, :division, :guidance, :active, :updatedBy, :updatedAt, :version)
                """)
                .param("code", entry.code()).param("name", entry.name()).param("section", entry.industrySection())
                .param("division", entry.industryDivision()).param("guidance", entry.guidance()).param("active", entry.active())
                .param("updatedBy", entry.updatedBy()).param("updatedAt", Timestamp.from(entry.updatedAt())).param("version", entry.version())
                .update();
    }

    /** Stores the revision unless someone else revised the entry since it was read. */
    boolean update(CatalogueEntry entry) {
        return jdbc.sql("""
                UPDATE catalogue_entry SET name = :name, guidance = :guidance, active = :active, updated_by = :updatedBy,
                                           updated_at = :updatedAt, version = :version
                WHERE code = :code AND version = :version - 1
                """)
                .param("code", entry.code()).param("name", entry.name()).param("guidance", entry.guidance()).param("active", entry.active())
                .param("updatedBy", entry.updatedBy()).param("updatedAt", Timestamp.from(entry.updatedAt())).param("version", entry.version())
                .update() == 1;
    }

    private static CatalogueEntry map(ResultSet row, int rowNumber) throws SQLException {
        return new CatalogueEntry(row.getString("code"), row.getString("name"), row.getString("industry_section"),
                row.getString("industry_division"), row.getString("guidance"), row.getBoolean("active"), row.getString("updated_by"),
                row.getTimestamp("updated_at").toInstant(), row.getInt("version"));
    }
}
