package cn.dalian.laborbrand.application.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;

/** The campaigns' material requirements and the files of each application, in the service's own database. */
@Repository
class MaterialRepository {

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the campaign asks for, one row per kind; empty when it lists nothing of its own. */
    List<MaterialRequirement> requirementsOf(String campaign) {
        return jdbc.sql("SELECT kind, requirement, unit_types FROM material_requirement WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query((row, n) -> new MaterialRequirement(MaterialKind.valueOf(row.getString("kind")),
                        Requirement.valueOf(row.getString("requirement")), EnumColumns.split(row.getString("unit_types"), UnitType.class)))
                .list();
    }

    void insert(MaterialFile file) {
        jdbc.sql("""
                INSERT INTO material_file (id, application_id, kind, label, content_type, size_bytes, sha256, uploaded_by, uploaded_at,
                                           storage_key)
                VALUES (:id, :applicationId, :kind, :label, :contentType, :size, :sha256, :uploadedBy, :uploadedAt, :storageKey)
                """)
                .param("id", file.id())
                .param("applicationId", file.applicationId())
                .param("kind", file.kind().name())
                .param("label", file.label())
                .param("contentType", file.contentType())
                .param("size", file.sizeBytes())
                .param("sha256", file.sha256())
                .param("uploadedBy", file.uploadedBy())
                .param("uploadedAt", Timestamp.from(file.uploadedAt()))
                .param("storageKey", file.storageKey())
                .update();
    }

    /** The application's files, by kind in the notice's order then oldest first. */
    List<MaterialFile> filesOf(UUID applicationId) {
        return jdbc.sql("SELECT * FROM material_file WHERE application_id = :applicationId ORDER BY uploaded_at, id")
                .param("applicationId", applicationId)
                .query(MaterialRepository::map)
                .list();
    }

    /** The kinds of which the application has at least one file. */
    Set<MaterialKind> kindsOf(UUID applicationId) {
        Set<MaterialKind> kinds = EnumSet.noneOf(MaterialKind.class);
        jdbc.sql("SELECT DISTINCT kind FROM material_file WHERE application_id = :applicationId")
                .param("applicationId", applicationId)
                .query(String.class)
                .list()
                .forEach(kind -> kinds.add(MaterialKind.valueOf(kind)));
        return kinds;
    }

    Optional<MaterialFile> find(UUID id) {
        return jdbc.sql("SELECT * FROM material_file WHERE id = :id").param("id", id).query(MaterialRepository::map).optional();
    }

    /** The file, if it is one of the application's. */
    Optional<MaterialFile> findOfApplication(UUID id, UUID applicationId) {
        return jdbc.sql("SELECT * FROM material_file WHERE id = :id AND application_id = :applicationId")
                .param("id", id)
                .param("applicationId", applicationId)
                .query(MaterialRepository::map)
                .optional();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM material_file WHERE id = :id").param("id", id).update() == 1;
    }

    private static MaterialFile map(ResultSet row, int n) throws SQLException {
        return new MaterialFile(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class),
                MaterialKind.valueOf(row.getString("kind")), row.getString("label"), row.getString("content_type"), row.getLong("size_bytes"),
                row.getString("sha256"), row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant(),
                row.getObject("storage_key", UUID.class));
    }
}
