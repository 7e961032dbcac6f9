package cn.dalian.laborbrand.review.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;
import tools.jackson.databind.json.JsonMapper;

/** Review cases and their history in the service's own database. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the application as handed in (at submission, then at each resubmission). */
    void keepApplication(UUID caseId, ApplicationSubmitted application) {
        jdbc.sql("UPDATE review_case SET application = CAST(:application AS jsonb) WHERE id = :id")
                .param("id", caseId)
                .param("application", json.writeValueAsString(application))
                .update();
    }

    Optional<ApplicationSubmitted> application(UUID caseId) {
        return jdbc.sql("SELECT application FROM review_case WHERE id = :id AND application IS NOT NULL")
                .param("id", caseId)
                .query((row, n) -> json.readValue(row.getString("application"), ApplicationSubmitted.class))
                .optional();
    }

    /** False when the application has its case already. */
    boolean insert(ReviewCase reviewCase) {
        return jdbc.sql("""
                INSERT INTO review_case (id, application_id, campaign, org_id, unit_name, district, brand_name, city_brand_name,
                                         requested_levels, stage, opened_at, stage_entered_at, version)
                VALUES (:id, :applicationId, :campaign, :orgId, :unitName, :district, :brandName, :cityBrandName, :levels, :stage,
                        :openedAt, :openedAt, 0)
                ON CONFLICT (application_id) DO NOTHING
                """)
                .param("id", reviewCase.id())
                .param("applicationId", reviewCase.applicationId())
                .param("campaign", reviewCase.campaign())
                .param("orgId", reviewCase.orgId())
                .param("unitName", reviewCase.unitName())
                .param("district", reviewCase.district())
                .param("brandName", reviewCase.brandName())
                .param("cityBrandName", reviewCase.cityBrandName())
                .param("levels", EnumColumns.join(reviewCase.requestedLevels()))
                .param("stage", reviewCase.stage().name())
                .param("openedAt", Timestamp.from(reviewCase.openedAt()))
                .update() == 1;
    }

    /** Writes the case's new state if nobody moved it since it was read. */
    void update(ReviewCase reviewCase) {
        DistrictDecision decision = reviewCase.districtDecision();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", reviewCase.id());
        columns.put("version", reviewCase.version());
        columns.put("stage", reviewCase.stage().name());
        columns.put("unitName", reviewCase.unitName());
        columns.put("brandName", reviewCase.brandName());
        columns.put("cityBrandName", reviewCase.cityBrandName());
        columns.put("levels", EnumColumns.join(reviewCase.requestedLevels()));
        columns.put("selected", decision == null ? null : decision.districtLevelSelected());
        columns.put("recommended", decision == null ? null : decision.cityRecommended());
        columns.put("comment", decision == null ? null : decision.comment());
        columns.put("decidedBy", decision == null ? null : decision.decidedBy());
        columns.put("decidedAt", decision == null ? null : Timestamp.from(decision.decidedAt()));
        columns.put("overrideReason", decision == null ? null : decision.overrideReason());
        columns.put("judgement", decision == null ? null : decision.judgement());
        columns.put("stageEnteredAt", Timestamp.from(reviewCase.stageEnteredAt()));
        columns.put("supplementDueOn", reviewCase.supplementDueOn());
        columns.put("forwardedOn", reviewCase.forwardedOn());
        columns.put("level", reviewCase.certifiedLevel() == null ? null : reviewCase.certifiedLevel().name());
        columns.put("brandId", reviewCase.brandId());
        columns.put("certifiedOn", reviewCase.certifiedOn());
        int updated = jdbc.sql("""
                UPDATE review_case SET stage = :stage, unit_name = :unitName, brand_name = :brandName, city_brand_name = :cityBrandName,
                       requested_levels = :levels, district_level_selected = :selected, city_recommended = :recommended,
                       decision_comment = :comment, decided_by = :decidedBy, decided_at = :decidedAt,
                       override_reason = :overrideReason, judgement = :judgement, stage_entered_at = :stageEnteredAt,
                       supplement_due_on = :supplementDueOn, forwarded_on = :forwardedOn, certified_level = :level, brand_id = :brandId, certified_on = :certifiedOn, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .params(columns)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("review case " + reviewCase.id() + " moved meanwhile");
        }
    }

    Optional<ReviewCase> find(UUID id) {
        return jdbc.sql("SELECT * FROM review_case WHERE id = :id").param("id", id).query(CaseRepository::map).optional();
    }

    Optional<ReviewCase> findByApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM review_case WHERE application_id = :applicationId").param("applicationId", applicationId)
                .query(CaseRepository::map).optional();
    }

    /** A page of the cases in scope, filtered, oldest first by the filter's order (then id: a stable order for the cursor). */
    Page<QueuedCase> findVisible(ReviewerScope scope, QueueFilter filter, PageQuery page) {
        Set<ReviewStage> stages = scope.visibleStages(filter.stage());
        if (stages.isEmpty()) {
            return new Page<>(List.of(), null, 0L);
        }
        Optional<Cursor> after = page.after(2);
        String column = filter.order().column();
        String where = """
                (CAST(:district AS varchar) IS NULL OR district = :district) AND stage IN (:stages)
                AND (NOT :forwardedOnly OR forwarded_on IS NOT NULL)
                AND (CAST(:assignee AS varchar) IS NULL OR assignee = :assignee OR (:assignee = 'NONE' AND assignee IS NULL))
                AND (CAST(:text AS varchar) IS NULL OR strpos(brand_name, :text) > 0 OR strpos(unit_name, :text) > 0)
                """;
        Map<String, Object> filterParameters = new HashMap<>();
        filterParameters.put("district", scope.district().or(filter::district).orElse(null));
        filterParameters.put("stages", stages.stream().map(Enum::name).toList());
        filterParameters.put("forwardedOnly", scope.forwardedOnly());
        filterParameters.put("assignee", filter.assignee().orElse(null));
        filterParameters.put("text", filter.text().map(String::strip).filter(text -> !text.isEmpty()).orElse(null));
        List<QueuedCase> fetched = jdbc.sql("SELECT * FROM review_case WHERE " + where
                + " AND (CAST(:afterAt AS timestamptz) IS NULL OR (" + column + ", id) > (:afterAt, :afterId))"
                + " ORDER BY " + column + ", id LIMIT :limit")
                .params(filterParameters)
                .param("afterAt", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query((row, n) -> new QueuedCase(map(row, n), assignment(row)))
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM review_case WHERE " + where).params(filterParameters).query(Long.class).single()
                : null;
        return Page.of(fetched, page, queued -> Cursor.of(filter.order() == QueueFilter.QueueOrder.WAITING ? queued.reviewCase().stageEnteredAt()
                : queued.reviewCase().openedAt(), queued.reviewCase().id()), total);
    }

    /** Who works on the case, if anybody does. */
    Optional<Assignment> assignment(UUID caseId) {
        return jdbc.sql("SELECT assignee, assigned_at FROM review_case WHERE id = :id AND assignee IS NOT NULL")
                .param("id", caseId)
                .query((row, n) -> assignment(row))
                .optional();
    }

    private static Assignment assignment(ResultSet row) throws SQLException {
        String assignee = row.getString("assignee");
        return assignee == null ? null : new Assignment(assignee, row.getTimestamp("assigned_at").toInstant());
    }

    /** Gives the case to a reviewer (or to nobody); the case's own version is untouched: taking a case decides nothing. */
    void assign(UUID caseId, String assignee, java.time.Instant at) {
        jdbc.sql("UPDATE review_case SET assignee = :assignee, assigned_at = :at WHERE id = :id")
                .param("id", caseId)
                .param("assignee", assignee)
                .param("at", assignee == null ? null : Timestamp.from(at))
                .update();
    }

    /** The cases of a campaign the districts recommended for the city level and forwarded, at every later stage. */
    List<ReviewCase> recommendedForCity(String campaign) {
        return jdbc.sql("""
                SELECT * FROM review_case
                WHERE campaign = :campaign AND city_recommended AND forwarded_on IS NOT NULL
                  AND stage IN ('CITY_REVIEW', 'APPROVAL', 'CERTIFIED')
                ORDER BY opened_at, id
                """)
                .param("campaign", campaign)
                .query(CaseRepository::map)
                .list();
    }

    /** How many cases of a campaign each district has at each stage, and certified at each level. */
    List<DistrictTally> tallyByDistrict(String campaign) {
        return jdbc.sql("""
                SELECT district, stage, certified_level, count(*) AS cases FROM review_case
                WHERE campaign = :campaign GROUP BY district, stage, certified_level
                """)
                .param("campaign", campaign)
                .query((row, n) -> new DistrictTally(row.getString("district"), ReviewStage.valueOf(row.getString("stage")),
                        row.getString("certified_level") == null ? null : BrandLevel.valueOf(row.getString("certified_level")),
                        row.getInt("cases")))
                .list();
    }

    List<ReviewCase> findInCampaign(String campaign, Optional<String> district, Set<ReviewStage> stages) {
        return jdbc.sql("""
                SELECT * FROM review_case
                WHERE campaign = :campaign AND (CAST(:district AS varchar) IS NULL OR district = :district) AND stage IN (:stages)
                ORDER BY district, opened_at, id
                """)
                .param("campaign", campaign)
                .param("district", district.orElse(null))
                .param("stages", stages.stream().map(Enum::name).toList())
                .query(CaseRepository::map)
                .list();
    }

    void record(Transition transition) {
        jdbc.sql("""
                INSERT INTO case_transition (case_id, from_stage, to_stage, action, actor, at, comment)
                VALUES (:caseId, :from, :to, :action, :actor, :at, :comment)
                """)
                .param("caseId", transition.caseId())
                .param("from", transition.from() == null ? null : transition.from().name())
                .param("to", transition.to().name())
                .param("action", transition.action().name())
                .param("actor", transition.actor())
                .param("at", Timestamp.from(transition.at()))
                .param("comment", transition.comment())
                .update();
    }

    List<Transition> history(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_transition WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((row, n) -> new Transition(row.getObject("case_id", UUID.class),
                        row.getString("from_stage") == null ? null : ReviewStage.valueOf(row.getString("from_stage")),
                        ReviewStage.valueOf(row.getString("to_stage")), CaseAction.valueOf(row.getString("action")),
                        row.getString("actor"), row.getTimestamp("at").toInstant(), row.getString("comment")))
                .list();
    }

    private static ReviewCase map(ResultSet row, int rowNumber) throws SQLException {
        DistrictDecision decision = row.getObject("district_level_selected") == null ? null
                : new DistrictDecision(row.getBoolean("district_level_selected"), row.getBoolean("city_recommended"),
                        row.getString("decision_comment"), row.getString("decided_by"), row.getTimestamp("decided_at").toInstant(),
                        row.getString("override_reason"), row.getString("judgement"));
        String level = row.getString("certified_level");
        return new ReviewCase(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class),
                row.getString("campaign"), row.getString("org_id"), row.getString("unit_name"), row.getString("district"),
                row.getString("brand_name"), row.getString("city_brand_name"), EnumColumns.split(row.getString("requested_levels"), BrandLevel.class), ReviewStage.valueOf(row.getString("stage")),
                decision, level == null ? null : BrandLevel.valueOf(level), row.getObject("brand_id", UUID.class),
                row.getObject("certified_on", LocalDate.class), row.getTimestamp("opened_at").toInstant(),
                row.getTimestamp("stage_entered_at").toInstant(), row.getObject("supplement_due_on", LocalDate.class),
                row.getObject("forwarded_on", LocalDate.class), row.getInt("version"));
    }
}
