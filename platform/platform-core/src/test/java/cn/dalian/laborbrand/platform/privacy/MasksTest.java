package cn.dalian.laborbrand.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void aMobileShowsItsPrefixAndItsLastFourDigitsOnly() {
        assertThat(Masks.mobile("13904111234")).isEqualTo("139****1234");
    }

    @Test
    void anEmailAddressShowsItsFirstCharacterAndItsDomainOnly() {
        assertThat(Masks.email("hr@jingang-hr.example.com")).isEqualTo("h***@jingang-hr.example.com");
        assertThat(Masks.email("no-at-sign")).isEqualTo("**********");
        assertThat(Masks.email(null)).isNull();
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

    @Test
    void anIdNumberShowsItsProvinceAndCityAndItsLastFourCharacters() {
        assertThat(Masks.idNumber("210211199003071235")).isEqualTo("2102**********1235");
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void aPersonsNameShowsItsFirstCharacterOnly() {
        assertThat(Masks.personName("王建国")).isEqualTo("王**");
        assertThat(Masks.personName("李娜")).isEqualTo("李*");
        assertThat(Masks.personName("欧阳明月")).isEqualTo("欧***");
    }
}
