package cn.dalian.laborbrand.eligibility.criteria;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** Campaigns and their thresholds, as the service's own database holds them. */
@Repository
class CriteriaRepository {

    private final JdbcClient jdbc;

    CriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CampaignCriteria> findByCampaign(String code) {
        return jdbc.sql("SELECT * FROM campaign WHERE code = :code")
                .param("code", code)
                .query((row, n) -> new Campaign(row.getString("code"), row.getString("title"), row.getString("notice_reference"),
                        row.getInt("first_declared_year"), row.getInt("last_declared_year"),
                        row.getObject("application_deadline", java.time.LocalDate.class),
                        row.getObject("forwarding_deadline", java.time.LocalDate.class), row.getInt("criteria_version")))
                .optional()
                .map(campaign -> new CampaignCriteria(campaign, thresholdsOf(code)));
    }

    private List<Threshold> thresholdsOf(String campaign) {
        return jdbc.sql("SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query((row, n) -> new Threshold(Criterion.valueOf(row.getString("criterion")),
                        BrandLevel.valueOf(row.getString("level")), Comparison.valueOf(row.getString("comparison")),
                        row.getBigDecimal("threshold")))
                .list();
    }
}
