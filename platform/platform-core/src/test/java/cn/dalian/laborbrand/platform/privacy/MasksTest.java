package cn.dalian.laborbrand.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void aMobileShowsItsPrefixAndItsLastFourDigitsOnly() {
        assertThat(Masks.mobile("13904111234")).isEqualTo("139****1234");
    }

    @Test
    void anAccountNumberShowsItsFirstAndLastFourDigitsOnly() {
        assertThat(Masks.accountNumber("6222020712001234567")).isEqualTo("6222 **** **** 4567");
    }

    @Test
    void somethingTooShortToMaskIsHiddenWhole() {
        assertThat(Masks.mobile("12345")).isEqualTo("*****");
        assertThat(Masks.accountNumber("12345678")).isEqualTo("********");
        assertThat(Masks.mobile(null)).isNull();
    }
}
