package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/** The province's certification, recorded in the registry, brings its own one-time subsidy. */
@PlatformIntegrationTest
class ProvincialEntitlementIT implements InboxContract<ProvincialCertificationRecorded> {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBrandCertifiedByTheCityAndThenByTheProvinceIsEntitledToBothSubsidies() {
        // given a city-level brand of the 2022 campaign, entitled to the city's subsidy
        BrandCertified certified = SampleEvents.brandCertified(BrandLevel.CITY);
        entitlements.entitle(certified);

        // when the province's certification of it is recorded
        var provincial = entitlements.entitle(provincialOf(certified.brandId(), "2022")).orElseThrow();

        // then the unit is entitled to ¥50,000 for the city's and ¥100,000 for the province's
        assertThat(amountsOf(certified.brandId())).isEqualTo(Map.of("CITY", 5_000_000L, "PROVINCIAL", 10_000_000L));
        // and finance and the unit hear of the provincial one as the province's subsidy of a city-level brand
        var published = KafkaProbe.find(SubsidyEvents.ENTITLEMENT_CREATED_TOPIC, r -> provincial.id().toString().equals(r.key()), PROCESSING)
                .orElseThrow();
        var event = new EventCodec().read(published.value(), SubsidyEvents.ENTITLEMENT_CREATED);
        assertThat(event.schemaVersion().toString()).isEqualTo("1.1");
        assertThat(event.payload().certificationLevel()).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(event.payload().level()).isEqualTo(BrandLevel.CITY);
        assertThat(event.payload().amountFen()).isEqualTo(10_000_000L);
    }

    @Test
    void theSameProvincialCertificationTwiceEntitlesOnce() {
        ProvincialCertificationRecorded recorded = newPayload();

        assertThat(entitlements.entitle(recorded)).isPresent();
        assertThat(entitlements.entitle(recorded)).isEmpty();
        assertThat(effectsOf(recorded)).isEqualTo(1);
    }

    @Test
    void theSameProvincialCertificationReSentWithANewBrandIdEntitlesTheApplicationOnce() {
        // given the province's certification of an application's brand, entitled to ¥100,000
        ProvincialCertificationRecorded recorded = newPayload();
        assertThat(entitlements.entitle(recorded)).isPresent();

        // when the same certification of the same application arrives naming another brand id
        var reSent = new ProvincialCertificationRecorded(UUID.randomUUID(), recorded.applicationId(), recorded.campaign(),
                recorded.certificateNumber(), recorded.orgId(), recorded.unitName(), recorded.district(), recorded.brandName(), recorded.level(),
                recorded.decisionReference(), recorded.decidedOn(), recorded.documentSha256(), recorded.recordedBy(), recorded.recordedAt());

        // then it entitles to nothing: one PROVINCIAL entitlement per application
        assertThat(entitlements.entitle(reSent)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM entitlement WHERE application_id = :id AND certification_level = 'PROVINCIAL'")
                .param("id", recorded.applicationId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCampaignWhoseProvincialSubsidyDoesNotAddToTheCitysEntitlesACityBrandToNothingMore() {
        // given a campaign with the 2022 amounts whose rule says a brand receives one of the two
        jdbc.sql("INSERT INTO subsidy_amount (campaign, level, amount_fen) SELECT '2024', level, amount_fen FROM subsidy_amount WHERE campaign = '2022' "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO subsidy_rule (campaign, provincial_adds_to_city) VALUES ('2024', false) "
                + "ON CONFLICT (campaign) DO UPDATE SET provincial_adds_to_city = false").update();
        BrandCertified certified = inCampaign(SampleEvents.brandCertified(BrandLevel.CITY), "2024");
        entitlements.entitle(certified);

        // when the province certifies the brand
        assertThat(entitlements.entitle(provincialOf(certified.brandId(), "2024"))).isEmpty();

        // then the unit keeps the city's subsidy only
        assertThat(amountsOf(certified.brandId())).isEqualTo(Map.of("CITY", 5_000_000L));
    }

    @Override
    public EventDefinition<ProvincialCertificationRecorded> consumedEvent() {
        return RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED;
    }

    @Override
    public ProvincialCertificationRecorded newPayload() {
        return provincialOf(UUID.randomUUID(), "2022");
    }

    @Override
    public long effectsOf(ProvincialCertificationRecorded payload) {
        return jdbc.sql("SELECT count(*) FROM entitlement WHERE brand_id = :id AND certification_level = 'PROVINCIAL'")
                .param("id", payload.brandId()).query(Long.class).single();
    }

    private Map<String, Long> amountsOf(UUID brandId) {
        return jdbc.sql("SELECT certification_level, amount_fen FROM entitlement WHERE brand_id = :id").param("id", brandId)
                .query((row, n) -> Map.entry(row.getString("certification_level"), row.getLong("amount_fen")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ProvincialCertificationRecorded provincialOf(UUID brandId, String campaign) {
        return new ProvincialCertificationRecorded(brandId, UUID.randomUUID(), campaign, "DL-LB-" + campaign + "-CITY-0001", "912102440580649631",
                "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", CertificationLevel.PROVINCIAL, "辽人社〔2023〕45号",
                LocalDate.of(2023, 6, 12), null, "leading-group", Instant.now());
    }

    private static BrandCertified inCampaign(BrandCertified c, String campaign) {
        return new BrandCertified(c.brandId(), c.caseId(), c.applicationId(), campaign, c.orgId(), c.unitName(), c.district(), c.brandName(),
                c.level(), c.decisionDate(), c.decidedBy());
    }
}
