package cn.dalian.laborbrand.registry.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.SampleEvents;

class BrandTest {

    private static final Instant DEC_20 = Instant.parse("2022-12-20T08:00:00Z");

    @Test
    void aCertifiedBrandEntersTheRegistryActiveUnderItsNumberAndSaysSoInBrandRegistered() {
        // given the leading group office certified 大连甘井子金港家政服务师劳务品牌 at city level
        BrandCertified certified = SampleEvents.brandCertified(BrandLevel.CITY);

        // when the registry registers it under the next number
        var registered = Brand.register(certified, "DL-LB-2022-CITY-0007", DEC_20);

        // then it is an active brand with the certificate, and the others hear of it, keyed by the brand
        assertThat(registered.state().status()).isEqualTo(BrandStatus.ACTIVE);
        assertThat(registered.state().certifiedOn()).isEqualTo(certified.decisionDate());
        assertThat(registered.events()).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo(certified.brandId().toString());
            assertThat(event.payload()).isEqualTo(new BrandRegistered(certified.brandId(), certified.applicationId(), certified.orgId(),
                    certified.unitName(), certified.district(), certified.brandName(), BrandLevel.CITY, "DL-LB-2022-CITY-0007",
                    certified.decisionDate()));
        });
    }

    @Test
    void aBrandsCampaignIsTheYearItsCertificateNumberCarries() {
        var registered = Brand.register(SampleEvents.brandCertified(BrandLevel.CITY), "DL-LB-2022-CITY-0007", DEC_20);

        assertThat(registered.state().campaign()).isEqualTo("2022");
    }
}
