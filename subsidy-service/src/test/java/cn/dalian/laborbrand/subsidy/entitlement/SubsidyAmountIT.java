package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/** The one-time subsidy amounts are data of each campaign (table subsidy_amount), read where an entitlement is created. */
@PlatformIntegrationTest
class SubsidyAmountIT {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the2022CampaignPaysTheNoticesAmountsAndNothingAtTheDistrictLevel() {
        // when the amounts of the 2022 campaign (大就办发〔2022〕9号) are read
        // then provincial ¥100,000 and city ¥50,000, in fen; a district-level brand has no amount
        assertThat(amountsOf("2022")).isEqualTo(Map.of("PROVINCIAL", 10_000_000L, "CITY", 5_000_000L));
    }

    @Test
    void theDemoCampaignPaysThe2022AmountsCopiedNotWrittenAgain() {
        // given the demo data (on in the tests, as in the embedded run) with its campaign 2026 「沿用2022年度标准」
        assertThat(amountsOf("2026")).isEqualTo(amountsOf("2022"));

        // when a city-level brand of the demo campaign is certified
        BrandCertified certified = inCampaign(SampleEvents.brandCertified(BrandLevel.CITY), "2026");

        // then its unit is entitled to ¥50,000
        assertThat(entitlements.entitle(certified)).hasValueSatisfying(created -> assertThat(created.amount().fen()).isEqualTo(5_000_000L));
    }

    @Test
    void aCertificationOfACampaignWithoutAmountsFailsLoudlyAndEntitlesToNothing() {
        // given a campaign for which finance has set no amounts
        BrandCertified certified = inCampaign(SampleEvents.brandCertified(BrandLevel.CITY), "2031");

        // when its brand's certification arrives, then it is an error naming the campaign (retried, then dead-lettered)
        assertThatThrownBy(() -> entitlements.entitle(certified))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("campaign 2031");
        // and no entitlement of some default amount was created
        assertThat(jdbc.sql("SELECT count(*) FROM entitlement WHERE brand_id = :id").param("id", certified.brandId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesAnAmountThatIsNotPositive() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO subsidy_amount (campaign, level, amount_fen) VALUES ('2032', 'DISTRICT', 0)").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Map<String, Long> amountsOf(String campaign) {
        return jdbc.sql("SELECT level, amount_fen FROM subsidy_amount WHERE campaign = :campaign").param("campaign", campaign)
                .query((row, n) -> Map.entry(row.getString("level"), row.getLong("amount_fen")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static BrandCertified inCampaign(BrandCertified c, String campaign) {
        return new BrandCertified(c.brandId(), c.caseId(), c.applicationId(), campaign, c.orgId(), c.unitName(), c.district(), c.brandName(),
                c.level(), c.decisionDate(), c.decidedBy());
    }
}
