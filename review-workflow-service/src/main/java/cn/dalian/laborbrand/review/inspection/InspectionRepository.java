package cn.dalian.laborbrand.review.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inspection records of cases, one per case, in the service's own database. */
@Repository
class InspectionRepository {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<List<CheckedItem>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InspectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<InspectionRecord> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM inspection_record WHERE case_id = :caseId").param("caseId", caseId).query(this::map).optional();
    }

    /**
     * Writes the record a step made on the version before its own: inserted on the first save, else updated if nobody
     * wrote it since. Another's write in between is refused as stale.
     */
    InspectionRecord save(InspectionRecord record) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("caseId", record.caseId());
        columns.put("version", record.version());
        columns.put("inspectedOn", record.inspectedOn());
        columns.put("inspectors", json.writeValueAsString(record.inspectors()));
        columns.put("items", json.writeValueAsString(record.items()));
        columns.put("attachments", json.writeValueAsString(record.attachments()));
        Conclusion conclusion = record.conclusion();
        columns.put("confirmed", conclusion == null ? null : conclusion.confirmed());
        columns.put("conclusion", conclusion == null ? null : conclusion.text());
        columns.put("concludedBy", conclusion == null ? null : conclusion.concludedBy());
        columns.put("concludedAt", conclusion == null ? null : Timestamp.from(conclusion.concludedAt()));
        columns.put("savedBy", record.savedBy());
        columns.put("savedAt", Timestamp.from(record.savedAt()));
        int written = record.version() > 1
                ? jdbc.sql("""
                        UPDATE inspection_record SET inspected_on = :inspectedOn, inspectors = CAST(:inspectors AS jsonb),
                               items = CAST(:items AS jsonb), attachments = CAST(:attachments AS jsonb), confirmed = :confirmed,
                               conclusion = :conclusion, concluded_by = :concludedBy, concluded_at = :concludedAt, saved_by = :savedBy,
                               saved_at = :savedAt, version = :version
                        WHERE case_id = :caseId AND version = :version - 1
                        """).params(columns).update()
                : jdbc.sql("""
                        INSERT INTO inspection_record (case_id, inspected_on, inspectors, items, attachments, confirmed, conclusion,
                                                       concluded_by, concluded_at, saved_by, saved_at, version)
                        VALUES (:caseId, :inspectedOn, CAST(:inspectors AS jsonb), CAST(:items AS jsonb), CAST(:attachments AS jsonb),
                                :confirmed, :conclusion, :concludedBy, :concludedAt, :savedBy, :savedAt, :version)
                        ON CONFLICT (case_id) DO NOTHING
                        """).params(columns).update();
        if (written != 1) {
            throw new PlatformException(InspectionProblem.INSPECTION_STALE);
        }
        return record;
    }

    private InspectionRecord map(ResultSet row, int rowNumber) throws SQLException {
        Timestamp concludedAt = row.getTimestamp("concluded_at");
        Conclusion conclusion = concludedAt == null ? null
                : new Conclusion(row.getBoolean("confirmed"), row.getString("conclusion"), row.getString("concluded_by"), concludedAt.toInstant());
        return new InspectionRecord(row.getObject("case_id", UUID.class), row.getObject("inspected_on", LocalDate.class),
                json.readValue(row.getString("inspectors"), NAMES), json.readValue(row.getString("items"), ITEMS),
                json.readValue(row.getString("attachments"), ATTACHMENTS), conclusion, row.getString("saved_by"),
                row.getTimestamp("saved_at").toInstant(), row.getInt("version"));
    }
}
