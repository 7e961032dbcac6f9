package cn.dalian.laborbrand.application.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.persistence.EnumColumns;

/** Applications and their declared years in the service's own database; every read is scoped by organisation. */
@Repository
class ApplicationRepository {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application application) {
        jdbc.sql("""
                INSERT INTO application (id, campaign, org_id, district, brand_name, unit_name, unit_type, requested_levels,
                                         contract_signing_rate_percent, employment_filing_rate_percent, collective_contract_in_force,
                                         labour_relations_coordinators, mass_labour_dispute_occurred,
                                         status, created_by, created_at, updated_at, submitted_by, submitted_at, version)
                VALUES (:id, :campaign, :orgId, :district, :brandName, :unitName, :unitType, :levels,
                        :contractRate, :filingRate, :collectiveContract, :coordinators, :massDispute,
                        :status, :createdBy, :createdAt, :updatedAt, :submittedBy, :submittedAt, :version)
                """)
                .params(columns(application))
                .param("version", application.version())
                .update();
        insertYears(application);
    }

    /** Writes the new state if nobody changed the application since it was read; answers it as stored, at its next version. */
    Application update(Application application) {
        int updated = jdbc.sql("""
                UPDATE application SET brand_name = :brandName, unit_name = :unitName, unit_type = :unitType,
                       requested_levels = :levels, contract_signing_rate_percent = :contractRate,
                       employment_filing_rate_percent = :filingRate, collective_contract_in_force = :collectiveContract,
                       labour_relations_coordinators = :coordinators, mass_labour_dispute_occurred = :massDispute,
                       status = :status, updated_at = :updatedAt, submitted_by = :submittedBy, submitted_at = :submittedAt,
                       version = version + 1
                WHERE id = :id AND version = :version
                """)
                .params(columns(application))
                .param("version", application.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("application " + application.id() + " changed meanwhile");
        }
        jdbc.sql("DELETE FROM declared_year WHERE application_id = :id").param("id", application.id()).update();
        insertYears(application);
        return application.atVersion(application.version() + 1);
    }

    Optional<Application> findOfOrganisation(UUID id, String orgId) {
        return withYears(jdbc.sql("SELECT * FROM application WHERE id = :id AND org_id = :orgId")
                .param("id", id)
                .param("orgId", orgId)
                .query(ApplicationRepository::map)
                .list()).stream().findFirst();
    }

    /** A page of the organisation's applications, newest first (created_at, then id, both descending). */
    Page<Application> findAllOfOrganisation(String orgId, PageQuery page) {
        Optional<Cursor> after = page.after(2);
        List<Application> fetched = jdbc.sql("""
                SELECT * FROM application
                WHERE org_id = :orgId AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) < (:afterCreated, :afterId))
                ORDER BY created_at DESC, id DESC
                LIMIT :limit
                """)
                .param("orgId", orgId)
                .param("afterCreated", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterId", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("limit", page.fetchSize())
                .query(ApplicationRepository::map)
                .list();
        Long total = page.isFirstPage()
                ? jdbc.sql("SELECT count(*) FROM application WHERE org_id = :orgId").param("orgId", orgId).query(Long.class).single()
                : null;
        return Page.of(fetched, page, application -> Cursor.of(application.createdAt(), application.id()), total).mapAll(this::withYears);
    }

    private void insertYears(Application application) {
        for (YearFigures year : application.content().declaredYears()) {
            jdbc.sql("""
                    INSERT INTO declared_year (application_id, year, trained_count, training_pass_rate_percent, employed_count,
                                               specially_trained_share_percent, lost_dispute_cases, unfinished_rectifications)
                    VALUES (:id, :year, :trained, :passRate, :employed, :share, :lostCases, :rectifications)
                    """)
                    .param("id", application.id())
                    .param("year", year.year())
                    .param("trained", year.trainedCount())
                    .param("passRate", year.trainingPassRatePercent())
                    .param("employed", year.employedCount())
                    .param("share", year.speciallyTrainedSharePercent())
                    .param("lostCases", year.lostDisputeCases())
                    .param("rectifications", year.unfinishedRectifications())
                    .update();
        }
    }

    private static Map<String, Object> columns(Application application) {
        Application.Content content = application.content();
        LabourPractice practice = content.labourPractice();
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", application.id());
        columns.put("campaign", application.campaign());
        columns.put("orgId", application.orgId());
        columns.put("district", application.district());
        columns.put("brandName", content.brandName());
        columns.put("unitName", content.unitName());
        columns.put("unitType", content.unitType().name());
        columns.put("levels", EnumColumns.join(content.requestedLevels()));
        columns.put("contractRate", practice == null ? null : practice.contractSigningRatePercent());
        columns.put("filingRate", practice == null ? null : practice.employmentFilingRatePercent());
        columns.put("collectiveContract", practice == null ? null : practice.collectiveContractInForce());
        columns.put("coordinators", practice == null ? null : practice.labourRelationsCoordinators());
        columns.put("massDispute", practice == null ? null : practice.massLabourDisputeOccurred());
        columns.put("status", application.status().name());
        columns.put("createdBy", application.createdBy());
        columns.put("createdAt", timestamp(application.createdAt()));
        columns.put("updatedAt", timestamp(application.updatedAt()));
        columns.put("submittedBy", application.submittedBy());
        columns.put("submittedAt", timestamp(application.submittedAt()));
        return columns;
    }

    /** An application as its row holds it; its declared years come with {@link #withYears}. */
    private static Application map(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Set<BrandLevel> levels = EnumColumns.split(row.getString("requested_levels"), BrandLevel.class);
        LabourPractice practice = row.getBigDecimal("contract_signing_rate_percent") == null ? null
                : new LabourPractice(row.getBigDecimal("contract_signing_rate_percent"), row.getBigDecimal("employment_filing_rate_percent"),
                        row.getBoolean("collective_contract_in_force"), row.getInt("labour_relations_coordinators"),
                        row.getBoolean("mass_labour_dispute_occurred"));
        var content = new Application.Content(row.getString("brand_name"), row.getString("unit_name"),
                UnitType.valueOf(row.getString("unit_type")), levels, List.of(), practice);
        return new Application(id, row.getString("campaign"), row.getString("org_id"), row.getString("district"), content,
                ApplicationStatus.valueOf(row.getString("status")), row.getString("created_by"), instant(row, "created_at"),
                instant(row, "updated_at"), row.getString("submitted_by"), instant(row, "submitted_at"), row.getInt("version"));
    }

    /** The applications with their declared years, read in one query for all of them. */
    private List<Application> withYears(List<Application> applications) {
        if (applications.isEmpty()) {
            return applications;
        }
        Map<UUID, List<YearFigures>> years = new HashMap<>();
        jdbc.sql("SELECT * FROM declared_year WHERE application_id IN (:ids) ORDER BY year")
                .param("ids", applications.stream().map(Application::id).toList())
                .query(row -> {
                    years.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new ArrayList<>())
                            .add(new YearFigures(row.getInt("year"), row.getInt("trained_count"), row.getBigDecimal("training_pass_rate_percent"),
                                    row.getInt("employed_count"), row.getBigDecimal("specially_trained_share_percent"),
                                    row.getInt("lost_dispute_cases"), row.getInt("unfinished_rectifications")));
                });
        return applications.stream().map(application -> {
            Application.Content content = application.content();
            return new Application(application.id(), application.campaign(), application.orgId(), application.district(),
                    new Application.Content(content.brandName(), content.unitName(), content.unitType(), content.requestedLevels(),
                            years.getOrDefault(application.id(), List.of()), content.labourPractice()),
                    application.status(), application.createdBy(), application.createdAt(), application.updatedAt(), application.submittedBy(),
                    application.submittedAt(), application.version());
        }).toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
