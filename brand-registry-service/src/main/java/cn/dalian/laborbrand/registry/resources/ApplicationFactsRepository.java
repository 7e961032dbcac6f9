package cn.dalian.laborbrand.registry.resources;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted.RosterCounts;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.registry.resources.ApplicationFacts.YearFacts;

/** The applications' facts in the service's own database. */
@Repository
class ApplicationFactsRepository {

    private final JdbcClient jdbc;

    ApplicationFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApplicationFacts> find(UUID applicationId) {
        List<YearFacts> years = jdbc.sql("SELECT * FROM application_year WHERE application_id = :id ORDER BY year").param("id", applicationId)
                .query((row, n) -> new YearFacts(row.getInt("year"), row.getObject("declared_trained", Integer.class),
                        row.getObject("declared_employed", Integer.class), row.getObject("roster_listed") == null ? null
                                : new RosterCounts(row.getInt("roster_listed"), row.getInt("roster_trained"), row.getInt("roster_employed"))))
                .list();
        return jdbc.sql("SELECT * FROM application_facts WHERE application_id = :id").param("id", applicationId)
                .query((row, n) -> new ApplicationFacts(applicationId, row.getString("org_id"), UnitType.valueOf(row.getString("unit_type")),
                        row.getString("description"), row.getInt("round"), years))
                .optional();
    }

    /** Keeps the facts unless a later round is kept already (the topics of submissions and resubmissions are not ordered together). */
    boolean save(ApplicationFacts facts) {
        boolean newer = jdbc.sql("""
                INSERT INTO application_facts (application_id, org_id, unit_type, description, round)
                VALUES (:id, :orgId, :unitType, :description, :round)
                ON CONFLICT (application_id) DO UPDATE
                SET org_id = EXCLUDED.org_id, unit_type = EXCLUDED.unit_type, description = EXCLUDED.description, round = EXCLUDED.round
                WHERE application_facts.round <= EXCLUDED.round
                """)
                .param("id", facts.applicationId()).param("orgId", facts.orgId()).param("unitType", facts.unitType().name())
                .param("description", facts.description()).param("round", facts.round())
                .update() == 1;
        if (!newer) {
            return false;
        }
        jdbc.sql("DELETE FROM application_year WHERE application_id = :id").param("id", facts.applicationId()).update();
        for (YearFacts year : facts.years()) {
            RosterCounts roster = year.roster();
            jdbc.sql("""
                    INSERT INTO application_year (application_id, year, declared_trained, declared_employed, roster_listed, roster_trained, roster_employed)
                    VALUES (:id, :year, :declaredTrained, :declaredEmployed, :listed, :trained, :employed)
                    """)
                    .param("id", facts.applicationId()).param("year", year.year())
                    .param("declaredTrained", year.declaredTrained()).param("declaredEmployed", year.declaredEmployed())
                    .param("listed", roster == null ? null : roster.listed()).param("trained", roster == null ? null : roster.trained())
                    .param("employed", roster == null ? null : roster.employed())
                    .update();
        }
        return true;
    }
}
