package cn.dalian.laborbrand.eligibility.assessment;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import tools.jackson.databind.json.JsonMapper;

/** Assessments, stored as exactly what EligibilityAssessed published; one per application. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** False when the application was assessed before (its natural key already holds a result). */
    boolean insert(EligibilityAssessed assessed) {
        return jdbc.sql("""
                INSERT INTO assessment (application_id, campaign, org_id, district, rule_set, levels_met, result, assessed_at)
                VALUES (:applicationId, :campaign, :orgId, :district, :ruleSet, :levelsMet, CAST(:result AS jsonb), :assessedAt)
                ON CONFLICT (application_id) DO NOTHING
                """)
                .param("applicationId", assessed.applicationId())
                .param("campaign", assessed.campaign())
                .param("orgId", assessed.orgId())
                .param("district", assessed.district())
                .param("ruleSet", assessed.ruleSet())
                .param("levelsMet", assessed.levelsMet().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("result", json.writeValueAsString(assessed))
                .param("assessedAt", Timestamp.from(assessed.assessedAt()))
                .update() == 1;
    }

    Optional<EligibilityAssessed> find(UUID applicationId) {
        return jdbc.sql("SELECT result FROM assessment WHERE application_id = :id")
                .param("id", applicationId)
                .query((row, n) -> json.readValue(row.getString("result"), EligibilityAssessed.class))
                .optional();
    }
}
