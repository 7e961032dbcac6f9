package cn.dalian.laborbrand.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

class CertificateNumberTest {

    @Test
    void theFirstCityLevelCertificateOf2022() {
        assertThat(CertificateNumber.of("2022", BrandLevel.CITY, 1)).isEqualTo("DL-LB-2022-CITY-0001");
    }

    @Test
    void districtLevelCertificatesCountSeparately() {
        assertThat(CertificateNumber.of("2022", BrandLevel.DISTRICT, 37)).isEqualTo("DL-LB-2022-DISTRICT-0037");
    }

    @Test
    void theSequenceGrowsBeyondFourDigitsRatherThanWrapping() {
        assertThat(CertificateNumber.of("2022", BrandLevel.DISTRICT, 10_000)).isEqualTo("DL-LB-2022-DISTRICT-10000");
    }

    @Test
    void aCampaignIsAYear() {
        assertThatThrownBy(() -> CertificateNumber.of("22", BrandLevel.CITY, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
