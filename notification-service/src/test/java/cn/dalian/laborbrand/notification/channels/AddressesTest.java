package cn.dalian.laborbrand.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void aMainlandMobileNumberIsTakenWithoutSpacesDashesOrCountryCode() {
        assertThat(Addresses.mobile("13940912345")).contains("13940912345");
        assertThat(Addresses.mobile("139 4091 2345")).contains("13940912345");
        assertThat(Addresses.mobile("+86 139-4091-2345")).contains("13940912345");
    }

    @Test
    void aNumberThatIsNoMainlandMobileIsRefused() {
        assertThat(Addresses.mobile("0411-84371234")).isEmpty();   // a Dalian landline
        assertThat(Addresses.mobile("12940912345")).isEmpty();     // no operator prefix 12
        assertThat(Addresses.mobile("1394091234")).isEmpty();      // ten digits
        assertThat(Addresses.mobile("139409123456")).isEmpty();
        assertThat(Addresses.mobile(null)).isEmpty();
    }

    @Test
    void anEmailAddressOfTheUsualFormIsTakenTrimmed() {
        assertThat(Addresses.email(" hr@jingang-hr.com ")).contains("hr@jingang-hr.com");
        assertThat(Addresses.email("wang.li+laborbrand@mail.dl.gov.cn")).contains("wang.li+laborbrand@mail.dl.gov.cn");
    }

    @Test
    void aMalformedEmailAddressIsRefused() {
        assertThat(Addresses.email("hr@jingang-hr")).isEmpty();         // no dot in the domain
        assertThat(Addresses.email("hr.jingang-hr.com")).isEmpty();     // no @
        assertThat(Addresses.email("hr@@jingang-hr.com")).isEmpty();
        assertThat(Addresses.email("wang..li@jingang-hr.com")).isEmpty();
        assertThat(Addresses.email("王丽@金港.com")).isEmpty();         // not ASCII: no SMTPUTF8 promised
        assertThat(Addresses.email("hr@-jingang.com")).isEmpty();
        assertThat(Addresses.email(null)).isEmpty();
    }

    @Test
    void addressesAreShownMaskedByChannel() {
        assertThat(Addresses.masked(Channel.SMS, "13940912345")).isEqualTo("139****2345");
        assertThat(Addresses.masked(Channel.EMAIL, "wangli@jingang-hr.com")).isEqualTo("w***@jingang-hr.com");
        assertThat(Addresses.masked(Channel.EMAIL, "not-an-address")).isEqualTo("**************");
        assertThat(Addresses.masked(Channel.EMAIL, null)).isNull();
    }
}
