package cn.dalian.laborbrand.eligibility.assessment;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;
import cn.dalian.laborbrand.platform.security.DataScope;
import tools.jackson.databind.json.JsonMapper;

/** Assessments, stored as exactly what EligibilityAssessed published; one per application, of its latest round. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the assessment of one round of an application (0: as submitted, 1, 2 …: as resubmitted after a supplement
     * request) unless the assessment of that round or a later one is stored already: it replaces an earlier round's.
     *
     * @return false when nothing changed (the round was assessed before, or a later one was)
     */
    boolean storeIfLater(EligibilityAssessed assessed, int round) {
        return jdbc.sql("""
                INSERT INTO assessment (application_id, campaign, org_id, district, rule_set, levels_met, result, assessed_at, round)
                VALUES (:applicationId, :campaign, :orgId, :district, :ruleSet, :levelsMet, CAST(:result AS jsonb), :assessedAt, :round)
                ON CONFLICT (application_id) DO UPDATE
                    SET campaign = EXCLUDED.campaign, org_id = EXCLUDED.org_id, district = EXCLUDED.district,
                        rule_set = EXCLUDED.rule_set, levels_met = EXCLUDED.levels_met, result = EXCLUDED.result,
                        assessed_at = EXCLUDED.assessed_at, round = EXCLUDED.round
                    WHERE assessment.round < EXCLUDED.round
                """)
                .param("applicationId", assessed.applicationId())
                .param("campaign", assessed.campaign())
                .param("orgId", assessed.orgId())
                .param("district", assessed.district())
                .param("ruleSet", assessed.ruleSet())
                .param("levelsMet", EnumColumns.join(assessed.levelsMet()))
                .param("result", json.writeValueAsString(assessed))
                .param("assessedAt", Timestamp.from(assessed.assessedAt()))
                .param("round", round)
                .update() == 1;
    }

    Optional<EligibilityAssessed> find(UUID applicationId) {
        return jdbc.sql("SELECT result FROM assessment WHERE application_id = :id")
                .param("id", applicationId)
                .query((row, n) -> json.readValue(row.getString("result"), EligibilityAssessed.class))
                .optional();
    }

    /** A page of the assessments in scope, newest first (assessed_at, then application id, both descending). */
    Page<EligibilityAssessed> findInScope(DataScope scope, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        String filter = "(CAST(:orgId AS varchar) IS NULL OR org_id = :orgId) AND (CAST(:district AS varchar) IS NULL OR district = :district)";
        Map<String, Object> filterParameters = new HashMap<>();
        filterParameters.put("orgId", scope.orgId().orElse(null));
        filterParameters.put("district", scope.district().orElse(null));
        List<EligibilityAssessed> fetched = jdbc.sql("SELECT result FROM assessment WHERE " + filter + """
                 AND (CAST(:afterAssessed AS timestamptz) IS NULL OR (assessed_at, application_id) < (:afterAssessed, :afterId))
                ORDER BY assessed_at DESC, application_id DESC
                LIMIT :limit
                """)
                .params(filterParameters)
                .param("afterAssessed", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query((row, n) -> json.readValue(row.getString("result"), EligibilityAssessed.class))
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM assessment WHERE " + filter).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, assessed -> Cursor.of(assessed.assessedAt(), assessed.applicationId()), total);
    }
}
