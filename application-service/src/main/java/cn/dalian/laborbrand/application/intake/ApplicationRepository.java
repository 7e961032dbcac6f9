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

import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
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
                INSERT INTO application (id, campaign, org_id, district, brand_name, city_brand_name, description, unit_name, unit_type,
                                         address, person_in_charge, office_phone, requested_levels,
                                         contract_signing_rate_percent, employment_filing_rate_percent, collective_contract_in_force,
                                         labour_relations_coordinators, mass_labour_dispute_occurred,
                                         status, created_by, created_at, updated_at, submitted_by, submitted_at, reopened_parts,
                                         supplement_note, supplement_due_on, resubmission_round, withdrawn_reason,
                                         rejected_stage, rejection_reason, rejected_by, rejected_at, version)
                VALUES (:id, :campaign, :orgId, :district, :brandName, :cityBrandName, :description, :unitName, :unitType,
                        :address, :personInCharge, :officePhone, :levels,
                        :contractRate, :filingRate, :collectiveContract, :coordinators, :massDispute,
                        :status, :createdBy, :createdAt, :updatedAt, :submittedBy, :submittedAt, :reopenedParts,
                        :supplementNote, :supplementDueOn, :round, :withdrawnReason,
                        :rejectedStage, :rejectionReason, :rejectedBy, :rejectedAt, :version)
                """)
                .params(columns(application))
                .param("version", application.version())
                .update();
        insertYears(application);
    }

    /** Writes the new state if nobody changed the application since it was read; answers it as stored, at its next version. */
    Application update(Application application) {
        int updated = jdbc.sql("""
                UPDATE application SET district = :district, brand_name = :brandName, city_brand_name = :cityBrandName,
                       description = :description, unit_name = :unitName, unit_type = :unitType, address = :address,
                       person_in_charge = :personInCharge, office_phone = :officePhone,
                       requested_levels = :levels, contract_signing_rate_percent = :contractRate,
                       employment_filing_rate_percent = :filingRate, collective_contract_in_force = :collectiveContract,
                       labour_relations_coordinators = :coordinators, mass_labour_dispute_occurred = :massDispute,
                       status = :status, updated_at = :updatedAt, submitted_by = :submittedBy, submitted_at = :submittedAt,
                       reopened_parts = :reopenedParts, supplement_note = :supplementNote, supplement_due_on = :supplementDueOn,
                       resubmission_round = :round, withdrawn_reason = :withdrawnReason,
                       rejected_stage = :rejectedStage, rejection_reason = :rejectionReason, rejected_by = :rejectedBy,
                       rejected_at = :rejectedAt, version = version + 1
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

    /** Any organisation's application: for the district's events and for reviewers, who are scoped by the caller. */
    Optional<Application> find(UUID id) {
        return withYears(jdbc.sql("SELECT * FROM application WHERE id = :id")
                .param("id", id)
                .query(ApplicationRepository::map)
                .list()).stream().findFirst();
    }

    Optional<Application> findOfOrganisation(UUID id, String orgId) {
        return withYears(jdbc.sql("SELECT * FROM application WHERE id = :id AND org_id = :orgId")
                .param("id", id)
                .param("orgId", orgId)
                .query(ApplicationRepository::map)
                .list()).stream().findFirst();
    }

    /**
     * Locks the organisation's application until the transaction ends, exclusively to hand it in, shared to change
     * what belongs to it; answers whether there is such an application.
     */
    boolean lock(UUID id, String orgId, boolean exclusive) {
        return !jdbc.sql("SELECT id FROM application WHERE id = :id AND org_id = :orgId " + (exclusive ? "FOR UPDATE" : "FOR SHARE"))
                .param("id", id)
                .param("orgId", orgId)
                .query(UUID.class)
                .list()
                .isEmpty();
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
        columns.put("cityBrandName", content.cityBrandName());
        columns.put("description", content.description());
        Unit unit = application.unit();
        // unit_name and unit_type predate the profile: a draft not yet handed in keeps them empty
        columns.put("unitName", unit == null ? "" : unit.legalName());
        columns.put("unitType", unit == null ? null : unit.unitType().name());
        columns.put("address", unit == null ? null : unit.address());
        columns.put("personInCharge", unit == null ? null : unit.personInCharge());
        columns.put("officePhone", unit == null ? null : unit.officePhone());
        Supplement supplement = application.supplement();
        columns.put("reopenedParts", supplement == null ? null : EnumColumns.join(supplement.parts()));
        columns.put("supplementNote", supplement == null ? null : supplement.note());
        columns.put("supplementDueOn", supplement == null ? null : supplement.dueOn());
        columns.put("round", application.resubmissionRound());
        columns.put("withdrawnReason", application.withdrawnReason());
        Rejection rejection = application.rejection();
        columns.put("rejectedStage", rejection == null ? null : rejection.stage());
        columns.put("rejectionReason", rejection == null ? null : rejection.reason());
        columns.put("rejectedBy", rejection == null ? null : rejection.rejectedBy());
        columns.put("rejectedAt", rejection == null ? null : timestamp(rejection.rejectedAt()));
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
        var content = new Application.Content(row.getString("brand_name"), row.getString("city_brand_name"), row.getString("description"),
                levels, List.of(), practice);
        Unit unit = row.getString("unit_type") == null || row.getString("address") == null ? null
                : new Unit(row.getString("unit_name"), UnitType.valueOf(row.getString("unit_type")), row.getString("address"),
                        row.getString("person_in_charge"), row.getString("office_phone"));
        Supplement supplement = row.getString("reopened_parts") == null ? null
                : new Supplement(EnumColumns.split(row.getString("reopened_parts"), ApplicationPart.class), row.getString("supplement_note"),
                        row.getObject("supplement_due_on", java.time.LocalDate.class));
        return new Application(id, row.getString("campaign"), row.getString("org_id"), row.getString("district"), unit, content,
                ApplicationStatus.valueOf(row.getString("status")), row.getString("created_by"), instant(row, "created_at"),
                instant(row, "updated_at"), row.getString("submitted_by"), instant(row, "submitted_at"), supplement,
                row.getInt("resubmission_round"), row.getString("withdrawn_reason"),
                row.getString("rejection_reason") == null ? null : new Rejection(row.getString("rejected_stage"), row.getString("rejection_reason"),
                        row.getString("rejected_by"), instant(row, "rejected_at")),
                row.getInt("version"));
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
                    application.unit(), new Application.Content(content.brandName(), content.cityBrandName(), content.description(),
                            content.requestedLevels(), years.getOrDefault(application.id(), List.of()), content.labourPractice()),
                    application.status(), application.createdBy(), application.createdAt(), application.updatedAt(), application.submittedBy(),
                    application.submittedAt(), application.supplement(), application.resubmissionRound(), application.withdrawnReason(),
                    application.rejection(), application.version());
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
