package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.test.SampleEvents;

class EntitlementTest {

    private static final Instant DEC_20 = Instant.parse("2022-12-20T08:00:00Z");
    private static final UUID ID = UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3");

    @Test
    void aCityLevelCertificationEntitlesTheUnitToFiftyThousandYuanWaitingForTheClerk() {
        // given a city-level certification of 大连甘井子金港家政服务师劳务品牌
        BrandCertified certified = SampleEvents.brandCertified(BrandLevel.CITY);

        // when the entitlement is created in the campaign's amount
        var created = Entitlement.of(ID, certified, new Money(5_000_000L), DEC_20);

        // then it waits for the finance clerk, and finance and the unit hear of it
        assertThat(created.state().status()).isEqualTo(EntitlementStatus.CREATED);
        assertThat(created.state().amount().display()).isEqualTo("¥50,000.00");
        assertThat(created.events()).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo(ID.toString());
            assertThat(event.payload()).isEqualTo(new SubsidyEntitlementCreated(ID, certified.brandId(), certified.applicationId(),
                    certified.orgId(), certified.unitName(), certified.brandName(), BrandLevel.CITY, 5_000_000L, CertificationLevel.CITY, DEC_20));
        });
    }

    @Test
    void aProvincialCertificationEntitlesTheUnitToOneHundredThousandYuanNamedAsTheProvincesOnACityBrand() {
        // given the province's certification of a city-level brand, recorded by the leading group office
        var recorded = new ProvincialCertificationRecorded(UUID.randomUUID(), UUID.randomUUID(), "2022", "DL-LB-2022-CITY-0001",
                "912102440580649631", "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", CertificationLevel.PROVINCIAL,
                "辽人社〔2023〕45号", LocalDate.of(2023, 6, 12), null, "leading-group", DEC_20);

        // when the entitlement is created in the campaign's provincial amount
        var created = Entitlement.of(ID, recorded, new Money(10_000_000L), DEC_20);

        // then it pays for the provincial certification, and the event names the brand's Dalian level beside it
        assertThat(created.state().level()).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(created.state().amount().display()).isEqualTo("¥100,000.00");
        assertThat(created.events()).singleElement().satisfies(event -> assertThat(event.payload()).isEqualTo(new SubsidyEntitlementCreated(ID,
                recorded.brandId(), recorded.applicationId(), recorded.orgId(), recorded.unitName(), recorded.brandName(), BrandLevel.CITY,
                10_000_000L, CertificationLevel.PROVINCIAL, DEC_20)));
    }
}
