package cn.dalian.laborbrand.registry.resources;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.registry.ResourceProfile;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.platform.paging.Cursor;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.DataScope;

/** The resource library's entries and yearly reports in the service's own database. */
@Repository
class ResourceRepository {

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResourceEntry> findEntry(UUID brandId) {
        return jdbc.sql("SELECT * FROM resource_entry WHERE brand_id = :id").param("id", brandId).query(ResourceRepository::entry).optional();
    }

    List<ResourceEntry> findEntriesOf(UUID applicationId) {
        return jdbc.sql("SELECT * FROM resource_entry WHERE application_id = :id").param("id", applicationId).query(ResourceRepository::entry).list();
    }

    /** Adds the entry; false when the brand has one already. */
    boolean insertEntry(ResourceEntry entry) {
        return entryStatement("""
                INSERT INTO resource_entry (brand_id, application_id, industry_section, industry_division, sector, catalogue_entry,
                    employment_scale, market_share_percent, economic_benefit, training_capacity, regions_served, figures_year,
                    filled_from_application, updated_by, updated_at, version)
                VALUES (:brandId, :applicationId, :section, :division, :sector, :catalogueEntry, :employmentScale, :marketShare,
                    :economicBenefit, :trainingCapacity, :regions, :figuresYear, :filled, :updatedBy, :updatedAt, :version)
                ON CONFLICT (brand_id) DO NOTHING
                """, entry).update() == 1;
    }

    /** Stores the entry's next version unless someone else changed it since it was read. */
    boolean updateEntry(ResourceEntry entry) {
        return entryStatement("""
                UPDATE resource_entry SET industry_section = :section, industry_division = :division, sector = :sector,
                    catalogue_entry = :catalogueEntry, employment_scale = :employmentScale, market_share_percent = :marketShare,
                    economic_benefit = :economicBenefit, training_capacity = :trainingCapacity, regions_served = :regions,
                    figures_year = :figuresYear, filled_from_application = :filled, updated_by = :updatedBy, updated_at = :updatedAt,
                    version = :version
                WHERE brand_id = :brandId AND version = :version - 1
                """, entry).update() == 1;
    }

    private JdbcClient.StatementSpec entryStatement(String sql, ResourceEntry entry) {
        ResourceProfile profile = entry.profile();
        return jdbc.sql(sql)
                .param("brandId", entry.brandId()).param("applicationId", entry.applicationId())
                .param("section", profile.industrySection()).param("division", profile.industryDivision()).param("sector", profile.sector())
                .param("catalogueEntry", profile.catalogueEntry()).param("employmentScale", profile.employmentScale())
                .param("marketShare", profile.marketSharePercent()).param("economicBenefit", profile.economicBenefitTenThousandYuan())
                .param("trainingCapacity", profile.trainingCapacity()).param("regions", profile.regionsServed().toArray(String[]::new))
                .param("figuresYear", entry.figuresYear()).param("filled", entry.filledFromApplication())
                .param("updatedBy", entry.updatedBy()).param("updatedAt", Timestamp.from(entry.updatedAt())).param("version", entry.version());
    }

    Optional<YearlyReport> findReport(UUID brandId, int year) {
        return jdbc.sql("SELECT * FROM yearly_report WHERE brand_id = :id AND year = :year").param("id", brandId).param("year", year)
                .query(ResourceRepository::report).optional();
    }

    /** Every year's report of the brand, newest year first. */
    List<YearlyReport> findReports(UUID brandId) {
        return jdbc.sql("SELECT * FROM yearly_report WHERE brand_id = :id ORDER BY year DESC").param("id", brandId)
                .query(ResourceRepository::report).list();
    }

    /**
     * Keeps a submitted report: the year's first (false when one was inserted meanwhile), or the next round of a returned one
     * (false when it is no longer the returned round it was read as).
     */
    boolean saveSubmission(YearlyReport report) {
        String sql = report.round() == 1 ? """
                INSERT INTO yearly_report (brand_id, year, status, round, certificate_number, brand_name, unit_name, org_id, district,
                    employment_scale, market_share_percent, economic_benefit, training_capacity, regions_served, narrative,
                    roster_listed, roster_trained, roster_employed, submitted_by, submitted_at)
                VALUES (:brandId, :year, :status, :round, :certificateNumber, :brandName, :unitName, :orgId, :district,
                    :employmentScale, :marketShare, :economicBenefit, :trainingCapacity, :regions, :narrative,
                    :listed, :trained, :employed, :submittedBy, :submittedAt)
                ON CONFLICT (brand_id, year) DO NOTHING
                """ : """
                UPDATE yearly_report SET status = :status, round = :round, certificate_number = :certificateNumber, brand_name = :brandName,
                    unit_name = :unitName, org_id = :orgId, district = :district, employment_scale = :employmentScale,
                    market_share_percent = :marketShare, economic_benefit = :economicBenefit, training_capacity = :trainingCapacity,
                    regions_served = :regions, narrative = :narrative, roster_listed = :listed, roster_trained = :trained,
                    roster_employed = :employed, submitted_by = :submittedBy, submitted_at = :submittedAt
                WHERE brand_id = :brandId AND year = :year AND status = 'RETURNED' AND round = :round - 1
                """;
        YearlyFigures figures = report.figures();
        RosterCounts roster = report.roster();
        return jdbc.sql(sql)
                .param("brandId", report.brandId()).param("year", report.year()).param("status", report.status().name())
                .param("round", report.round()).param("certificateNumber", report.holder().certificateNumber())
                .param("brandName", report.holder().brandName()).param("unitName", report.holder().unitName())
                .param("orgId", report.holder().orgId()).param("district", report.holder().district())
                .param("employmentScale", figures.employmentScale()).param("marketShare", figures.marketSharePercent())
                .param("economicBenefit", figures.economicBenefitTenThousandYuan()).param("trainingCapacity", figures.trainingCapacity())
                .param("regions", figures.regionsServed().toArray(String[]::new)).param("narrative", figures.narrative())
                .param("listed", roster == null ? null : roster.listed()).param("trained", roster == null ? null : roster.trained())
                .param("employed", roster == null ? null : roster.employed())
                .param("submittedBy", report.submittedBy()).param("submittedAt", Timestamp.from(report.submittedAt()))
                .update() == 1;
    }

    /** Keeps the review unless the report is no longer the round awaiting review it was read as. */
    boolean saveReview(YearlyReport report) {
        return jdbc.sql("""
                UPDATE yearly_report SET status = :status, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, review_note = :note
                WHERE brand_id = :brandId AND year = :year AND status = 'SUBMITTED' AND round = :round
                """)
                .param("brandId", report.brandId()).param("year", report.year()).param("status", report.status().name())
                .param("round", report.round()).param("reviewedBy", report.reviewedBy())
                .param("reviewedAt", Timestamp.from(report.reviewedAt())).param("note", report.reviewNote())
                .update() == 1;
    }

    /** A page of the reports in the status within the scope, oldest submission first (the order a worklist is done in). */
    Page<YearlyReport> findReports(ReportStatus status, DataScope scope, PageQuery page) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("status", status.name());
        filter.put("orgId", scope.orgId().orElse(null));
        filter.put("district", scope.district().orElse(null));
        String where = "status = :status AND (CAST(:orgId AS varchar) IS NULL OR org_id = :orgId)"
                + " AND (CAST(:district AS varchar) IS NULL OR district = :district)";
        Optional<Cursor> after = page.after(3);
        List<YearlyReport> fetched = jdbc.sql("SELECT * FROM yearly_report WHERE " + where + """
                 AND (CAST(:afterAt AS timestamptz) IS NULL OR (submitted_at, brand_id, year) > (:afterAt, :afterBrand, :afterYear))
                ORDER BY submitted_at, brand_id, year
                LIMIT :limit
                """)
                .params(filter)
                .param("afterAt", after.map(cursor -> Timestamp.from(cursor.instant(0))).orElse(null))
                .param("afterBrand", after.map(cursor -> cursor.uuid(1)).orElse(null))
                .param("afterYear", after.map(cursor -> cursor.number(2)).orElse(null))
                .param("limit", page.fetchSize())
                .query(ResourceRepository::report)
                .list();
        Long total = page.isFirstPage() ? jdbc.sql("SELECT count(*) FROM yearly_report WHERE " + where).params(filter).query(Long.class).single()
                : null;
        return Page.of(fetched, page, report -> Cursor.of(report.submittedAt(), report.brandId(), report.year()), total);
    }

    private static ResourceEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new ResourceEntry(row.getObject("brand_id", UUID.class), row.getObject("application_id", UUID.class),
                new ResourceProfile(row.getString("industry_section"), row.getString("industry_division"), row.getString("sector"),
                        row.getString("catalogue_entry"), row.getObject("employment_scale", Integer.class),
                        row.getBigDecimal("market_share_percent"), row.getBigDecimal("economic_benefit"),
                        row.getObject("training_capacity", Integer.class), regions(row.getArray("regions_served"))),
                row.getObject("figures_year", Integer.class), row.getBoolean("filled_from_application"), row.getString("updated_by"),
                row.getTimestamp("updated_at").toInstant(), row.getInt("version"));
    }

    private static YearlyReport report(ResultSet row, int rowNumber) throws SQLException {
        Timestamp reviewedAt = row.getTimestamp("reviewed_at");
        return new YearlyReport(row.getObject("brand_id", UUID.class), row.getInt("year"), ReportStatus.valueOf(row.getString("status")),
                row.getInt("round"),
                new YearlyReport.Holder(row.getString("certificate_number"), row.getString("brand_name"), row.getString("unit_name"),
                        row.getString("org_id"), row.getString("district")),
                new YearlyFigures(row.getInt("employment_scale"), row.getBigDecimal("market_share_percent"),
                        row.getBigDecimal("economic_benefit"), row.getInt("training_capacity"), regions(row.getArray("regions_served")),
                        row.getString("narrative")),
                row.getObject("roster_listed") == null ? null
                        : new RosterCounts(row.getInt("roster_listed"), row.getInt("roster_trained"), row.getInt("roster_employed")),
                row.getString("submitted_by"), row.getTimestamp("submitted_at").toInstant(), row.getString("reviewed_by"),
                reviewedAt == null ? null : reviewedAt.toInstant(), row.getString("review_note"));
    }

    private static List<String> regions(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
