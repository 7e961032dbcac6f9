package cn.dalian.laborbrand.review.precheck;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;
import tools.jackson.databind.json.JsonMapper;

/** Pre-checks by application; one arrives before or after its case opens, so they are kept apart. */
@Repository
class PrecheckRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PrecheckRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The latest pre-check of an application replaces an earlier one. */
    void save(EligibilityAssessed assessed) {
        Precheck precheck = Precheck.of(assessed);
        jdbc.sql("""
                INSERT INTO case_assessment (application_id, levels_met, blocking, result, assessed_at)
                VALUES (:id, :levelsMet, :blocking, CAST(:result AS jsonb), :at)
                ON CONFLICT (application_id) DO UPDATE SET levels_met = EXCLUDED.levels_met, blocking = EXCLUDED.blocking,
                       result = EXCLUDED.result, assessed_at = EXCLUDED.assessed_at
                WHERE case_assessment.assessed_at <= EXCLUDED.assessed_at
                """)
                .param("id", assessed.applicationId())
                .param("levelsMet", EnumColumns.join(precheck.levelsMet()))
                .param("blocking", precheck.blocking())
                .param("result", json.writeValueAsString(assessed))
                .param("at", Timestamp.from(assessed.assessedAt()))
                .update();
    }

    Optional<Precheck> find(UUID applicationId) {
        return jdbc.sql("SELECT result FROM case_assessment WHERE application_id = :id")
                .param("id", applicationId)
                .query((row, n) -> Precheck.of(json.readValue(row.getString("result"), EligibilityAssessed.class)))
                .optional();
    }
}
