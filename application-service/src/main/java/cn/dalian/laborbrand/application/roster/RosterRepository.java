package cn.dalian.laborbrand.application.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.RosterYear;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The roster's tables; workers and refusals arrive by COPY ({@link RosterCopy}), everything else through here. */
@Repository
class RosterRepository {

    private static final TypeReference<List<RosterYear>> YEARS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RosterRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Makes the import the application's current one; the previous import's workers are deleted, its counts kept. */
    void makeCurrent(RosterImport imported) {
        jdbc.sql("UPDATE roster_import SET current = false WHERE application_id = :application AND current RETURNING id")
                .param("application", imported.applicationId()).query(UUID.class).optional().ifPresent(previous -> {
                    jdbc.sql("DELETE FROM roster_worker WHERE roster_id = :roster").param("roster", previous).update();
                    jdbc.sql("DELETE FROM roster_refusal WHERE roster_id = :roster").param("roster", previous).update();
                });
        jdbc.sql("""
                INSERT INTO roster_import (id, application_id, material_file_id, file_label, file_format, file_sha256, file_size, rows_taken, rows_refused, years,
                                           organised_output, out_of_province_output, imported_by, imported_at, current)
                VALUES (:id, :application, :file, :label, :format, :sha256, :size, :taken, :refused, CAST(:years AS jsonb), :organised, :outOfProvince,
                        :by, :at, true)
                """)
                .param("id", imported.id()).param("application", imported.applicationId()).param("file", imported.materialFileId())
                .param("label", imported.fileLabel())
                .param("format", imported.fileFormat()).param("sha256", imported.fileSha256()).param("size", imported.fileSize())
                .param("taken", imported.rowsTaken()).param("refused", imported.rowsRefused())
                .param("years", json.writeValueAsString(imported.years())).param("organised", imported.organisedOutput())
                .param("outOfProvince", imported.outOfProvinceOutput()).param("by", imported.importedBy())
                .param("at", Timestamp.from(imported.importedAt())).update();
    }

    Optional<RosterImport> current(UUID applicationId) {
        return jdbc.sql("SELECT * FROM roster_import WHERE application_id = :application AND current")
                .param("application", applicationId).query(this::importOf).optional();
    }

    List<RowRefusal> refusalsAfter(UUID rosterId, int afterLine, int limit) {
        return jdbc.sql("""
                SELECT line, column_header, reason, masked_name, masked_id_number FROM roster_refusal WHERE roster_id = :roster AND line > :after
                ORDER BY line LIMIT :limit
                """).param("roster", rosterId).param("after", afterLine).param("limit", limit)
                .query((row, n) -> new RowRefusal(row.getInt("line"), row.getString("column_header"), row.getString("reason"),
                        row.getString("masked_name"), row.getString("masked_id_number")))
                .list();
    }

    /** A page of the import's workers in line order, after the given line, as stored (encrypted). */
    List<StoredWorker> workers(UUID rosterId, Integer year, int afterLine, int limit) {
        return jdbc.sql("""
                SELECT * FROM roster_worker WHERE roster_id = :roster AND line > :after AND (CAST(:year AS integer) IS NULL OR year = :year)
                ORDER BY line LIMIT :limit
                """).param("roster", rosterId).param("after", afterLine).param("year", year).param("limit", limit)
                .query(RosterRepository::workerOf).list();
    }

    Optional<StoredWorker> worker(UUID rosterId, int line) {
        return jdbc.sql("SELECT * FROM roster_worker WHERE roster_id = :roster AND line = :line")
                .param("roster", rosterId).param("line", line).query(RosterRepository::workerOf).optional();
    }

    void recordDisclosure(UUID applicationId, UUID rosterId, int line, String username, String role, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO roster_disclosure (application_id, roster_id, line, disclosed_to, role, reason, disclosed_at)
                VALUES (:application, :roster, :line, :username, :role, :reason, :at)
                """).param("application", applicationId).param("roster", rosterId).param("line", line).param("username", username)
                .param("role", role).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    /**
     * The applications that count some of this import's counted workers too — another application of the campaign that
     * was handed in (not a draft, not withdrawn), or one whose brand was certified, of any campaign — with how many each,
     * and how many distinct workers in all (a worker two others count is one). One pass over the matching index.
     */
    SharedWorkers overlaps(UUID rosterId, UUID applicationId, String campaign) {
        List<SharedWorkers.Application> applications = new ArrayList<>();
        int[] total = { 0 };
        jdbc.sql("""
                WITH shared AS MATERIALIZED (
                    SELECT DISTINCT mine.id_hmac, imported.application_id
                    FROM roster_worker mine
                    JOIN roster_worker theirs ON theirs.id_hmac = mine.id_hmac AND theirs.counting = 'COUNTED' AND theirs.roster_id <> mine.roster_id
                    JOIN roster_import imported ON imported.id = theirs.roster_id AND imported.current AND imported.application_id <> :application
                    WHERE mine.roster_id = :roster AND mine.counting = 'COUNTED')
                SELECT other.id AS application_id, other.unit_name, other.brand_name, other.district, other.campaign, other.status,
                       certified.application_id IS NOT NULL AS certified, count(*) AS shared,
                       (SELECT count(DISTINCT s.id_hmac) FROM shared s JOIN application a ON a.id = s.application_id
                        LEFT JOIN certified_application c ON c.application_id = a.id
                        WHERE c.application_id IS NOT NULL OR (a.campaign = :campaign AND a.status NOT IN ('DRAFT', 'WITHDRAWN'))) AS total
                FROM shared
                JOIN application other ON other.id = shared.application_id
                LEFT JOIN certified_application certified ON certified.application_id = other.id
                WHERE certified.application_id IS NOT NULL OR (other.campaign = :campaign AND other.status NOT IN ('DRAFT', 'WITHDRAWN'))
                GROUP BY other.id, other.unit_name, other.brand_name, other.district, other.campaign, other.status, certified.application_id
                ORDER BY shared DESC, other.id
                """).param("roster", rosterId).param("application", applicationId).param("campaign", campaign)
                .query(row -> {
                    total[0] = row.getInt("total");
                    applications.add(new SharedWorkers.Application(row.getObject("application_id", UUID.class), row.getString("unit_name"), row.getString("brand_name"),
                            row.getString("district"), row.getString("campaign"), row.getString("status"), row.getBoolean("certified"),
                            row.getInt("shared")));
                });
        return new SharedWorkers(total[0], applications);
    }

    List<String> employers(UUID applicationId) {
        return jdbc.sql("SELECT name FROM roster_employer WHERE application_id = :application ORDER BY name")
                .param("application", applicationId).query(String.class).list();
    }

    void replaceEmployers(UUID applicationId, List<String> names) {
        jdbc.sql("DELETE FROM roster_employer WHERE application_id = :application").param("application", applicationId).update();
        for (String name : names) {
            jdbc.sql("INSERT INTO roster_employer (application_id, name) VALUES (:application, :name)")
                    .param("application", applicationId).param("name", name).update();
        }
    }

    void recordCertified(UUID applicationId, LocalDate on) {
        jdbc.sql("INSERT INTO certified_application (application_id, certified_on) VALUES (:application, :on) ON CONFLICT DO NOTHING")
                .param("application", applicationId).param("on", on).update();
    }

    private RosterImport importOf(ResultSet row, int n) throws SQLException {
        return new RosterImport(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class),
                row.getObject("material_file_id", UUID.class), row.getString("file_label"),
                row.getString("file_format"), row.getString("file_sha256"), row.getLong("file_size"), row.getInt("rows_taken"),
                row.getInt("rows_refused"), json.readValue(row.getString("years"), YEARS), row.getBoolean("organised_output"),
                row.getBoolean("out_of_province_output"), row.getString("imported_by"), row.getTimestamp("imported_at").toInstant());
    }

    private static StoredWorker workerOf(ResultSet row, int n) throws SQLException {
        return new StoredWorker(row.getInt("line"), row.getInt("year"), row.getBytes("personal_enc"), row.getBoolean("management"), row.getBoolean("trained"), row.getBoolean("passed"),
                row.getString("employer"), row.getBoolean("employer_in_dalian"), row.getBoolean("out_of_province"),
                row.getString("contract_ref"), row.getString("insurance_ref"), CountingRules.Counting.valueOf(row.getString("counting")));
    }

    /** A worker as stored: personal data encrypted. */
    record StoredWorker(int line, int year, byte[] personal, boolean management, boolean trained, boolean passed,
            String employer, boolean employerInDalian, boolean outOfProvince, String contractRef, String insuranceRef,
            CountingRules.Counting counting) {
    }

}
