package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

/** The one-time subsidy amounts and rule of each campaign, as the service's own database holds them. */
@Repository
class SubsidyAmountRepository {

    private final JdbcClient jdbc;

    SubsidyAmountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The campaign's amounts by certification level (without amounts when the campaign has none) and its rule; a campaign
     * without a {@code subsidy_rule} row follows the notice: the provincial subsidy adds to the city's.
     */
    SubsidyPolicy policyOf(String campaign) {
        Map<CertificationLevel, Long> amounts = jdbc.sql("SELECT level, amount_fen FROM subsidy_amount WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query((row, n) -> Map.entry(CertificationLevel.valueOf(row.getString("level")), row.getLong("amount_fen")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean provincialAddsToCity = jdbc.sql("SELECT provincial_adds_to_city FROM subsidy_rule WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query(Boolean.class)
                .optional().orElse(true);
        return new SubsidyPolicy(campaign, amounts, provincialAddsToCity);
    }
}
