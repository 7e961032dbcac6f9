package cn.dalian.laborbrand.eligibility.criteria;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** Campaigns and their thresholds, as the service's own database holds them. */
@Repository
class CriteriaRepository {

    private final JdbcClient jdbc;

    CriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CampaignCriteria> findByCampaign(String code) {
        return jdbc.sql("SELECT code, title, declared_years, criteria_version FROM campaign WHERE code = :code")
                .param("code", code)
                .query(CriteriaRepository::campaign)
                .optional()
                .map(campaign -> new CampaignCriteria(campaign, thresholdsOf(code)));
    }

    /**
     * Takes the campaign's title and years from its CampaignPublished when that is newer than what is stored (or
     * nothing is); a campaign not known yet gets a row, at criteria version 1 and without thresholds.
     *
     * @return false when a version as new or newer was stored already, and nothing changed
     */
    boolean keepPublished(CampaignPublished published) {
        return jdbc.sql("""
                INSERT INTO campaign (code, criteria_version, title, declared_years, published_version)
                VALUES (:code, 1, :title, :years, :version)
                ON CONFLICT (code) DO UPDATE
                    SET title = EXCLUDED.title, declared_years = EXCLUDED.declared_years,
                        published_version = EXCLUDED.published_version
                    WHERE campaign.published_version IS NULL OR campaign.published_version < EXCLUDED.published_version
                """)
                .param("code", published.code())
                .param("title", published.title())
                .param("years", published.declaredYears().stream().sorted().toArray(Integer[]::new))
                .param("version", published.version())
                .update() == 1;
    }

    private List<Threshold> thresholdsOf(String campaign) {
        return jdbc.sql("SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query((row, n) -> new Threshold(Criterion.valueOf(row.getString("criterion")),
                        BrandLevel.valueOf(row.getString("level")), Comparison.valueOf(row.getString("comparison")),
                        row.getBigDecimal("threshold")))
                .list();
    }

    private static Campaign campaign(ResultSet row, int n) throws SQLException {
        Array years = row.getArray("declared_years");
        return new Campaign(row.getString("code"), row.getString("title"),
                years == null ? null : Arrays.asList((Integer[]) years.getArray()), row.getInt("criteria_version"));
    }
}
