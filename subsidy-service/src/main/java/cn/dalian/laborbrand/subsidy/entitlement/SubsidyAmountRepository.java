package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time subsidy amounts of each campaign and level, as the service's own database holds them. */
@Repository
class SubsidyAmountRepository {

    private final JdbcClient jdbc;

    SubsidyAmountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's amounts by level; without amounts when the campaign has none. */
    SubsidyPolicy policyOf(String campaign) {
        Map<String, Long> amounts = jdbc.sql("SELECT level, amount_fen FROM subsidy_amount WHERE campaign = :campaign")
                .param("campaign", campaign)
                .query((row, n) -> Map.entry(row.getString("level"), row.getLong("amount_fen")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new SubsidyPolicy(campaign, amounts);
    }
}
