package cn.dalian.laborbrand.registry.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored files in the service's own database. */
@Repository
class StoredFileRepository {

    private static final String COLUMNS = "id, brand_id, purpose, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFile file, byte[] content) {
        jdbc.sql("""
                INSERT INTO stored_file (id, brand_id, purpose, name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                VALUES (:id, :brandId, :purpose, :name, :contentType, :size, :sha256, :content, :uploadedBy, :uploadedAt)
                """)
                .param("id", file.id()).param("brandId", file.brandId()).param("purpose", file.purpose().name()).param("name", file.name())
                .param("contentType", file.contentType()).param("size", file.sizeBytes()).param("sha256", file.sha256())
                .param("content", content)
                .param("uploadedBy", file.uploadedBy()).param("uploadedAt", Timestamp.from(file.uploadedAt()))
                .update();
    }

    Optional<StoredFile> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id = :id").param("id", id).query(StoredFileRepository::map).optional();
    }

    List<StoredFile> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id IN (:ids) ORDER BY uploaded_at, id").param("ids", ids)
                .query(StoredFileRepository::map).list();
    }

    List<StoredFile> findSince(UUID brandId, FilePurpose purpose, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE brand_id = :brandId AND purpose = :purpose AND uploaded_at >= :since"
                        + " ORDER BY uploaded_at, id")
                .param("brandId", brandId).param("purpose", purpose.name()).param("since", Timestamp.from(since))
                .query(StoredFileRepository::map).list();
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM stored_file WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    private static StoredFile map(ResultSet row, int rowNumber) throws SQLException {
        return new StoredFile(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class), FilePurpose.valueOf(row.getString("purpose")),
                row.getString("name"), row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256").strip(),
                row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant());
    }
}
