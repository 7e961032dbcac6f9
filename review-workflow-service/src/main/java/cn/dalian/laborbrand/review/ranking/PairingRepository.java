package cn.dalian.laborbrand.review.ranking;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pairings districts recorded, one per case. */
@Repository
class PairingRepository {

    private final JdbcClient jdbc;

    PairingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(PovertyPairing pairing) {
        jdbc.sql("""
                INSERT INTO poverty_pairing (case_id, area, key_assisted, arrangement, recorded_by, recorded_at)
                VALUES (:caseId, :area, :keyAssisted, :arrangement, :recordedBy, :recordedAt)
                ON CONFLICT (case_id) DO UPDATE SET area = EXCLUDED.area, key_assisted = EXCLUDED.key_assisted,
                       arrangement = EXCLUDED.arrangement, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
                """)
                .param("caseId", pairing.caseId())
                .param("area", pairing.area())
                .param("keyAssisted", pairing.keyAssisted())
                .param("arrangement", pairing.arrangement())
                .param("recordedBy", pairing.recordedBy())
                .param("recordedAt", Timestamp.from(pairing.recordedAt()))
                .update();
    }

    void delete(UUID caseId) {
        jdbc.sql("DELETE FROM poverty_pairing WHERE case_id = :caseId").param("caseId", caseId).update();
    }

    Optional<PovertyPairing> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM poverty_pairing WHERE case_id = :caseId").param("caseId", caseId).query(PairingRepository::map).optional();
    }

    Map<UUID, PovertyPairing> findAll(Collection<UUID> caseIds) {
        Map<UUID, PovertyPairing> found = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("SELECT * FROM poverty_pairing WHERE case_id IN (:ids)").param("ids", caseIds).query(PairingRepository::map).list()
                    .forEach(pairing -> found.put(pairing.caseId(), pairing));
        }
        return found;
    }

    private static PovertyPairing map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new PovertyPairing(row.getObject("case_id", UUID.class), row.getString("area"), row.getBoolean("key_assisted"),
                row.getString("arrangement"), row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant());
    }
}
