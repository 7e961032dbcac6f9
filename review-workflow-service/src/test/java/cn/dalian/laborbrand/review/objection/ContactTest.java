package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Whoever objects leaves a mobile number or an e-mail address; staff see it masked. */
class ContactTest {

    @Test
    void aMobileNumberIsKeptAsElevenDigitsAndShownMasked() {
        Contact mobile = Contact.parse(" 139-0411-8765 ");

        assertThat(mobile).isEqualTo(new Contact(Contact.Kind.MOBILE, "13904118765"));
        assertThat(mobile.masked()).isEqualTo("139****8765");
    }

    @Test
    void anEmailAddressIsKeptInLowerCaseAndShownMasked() {
        Contact email = Contact.parse("WangJianguo@163.com");

        assertThat(email).isEqualTo(new Contact(Contact.Kind.EMAIL, "wangjianguo@163.com"));
        assertThat(email.masked()).isEqualTo("w***@163.com");
    }

    @Test
    void anythingElseIsRefused() {
        for (String typed : new String[] { "0411-84567890", "1390411876", "wang@", "王建国", "", null }) {
            assertThatThrownBy(() -> Contact.parse(typed)).as(typed).hasMessageContaining("11位手机号码或有效的电子邮箱");
        }
    }

    @Test
    void theRequestPatternLetsThroughWhatTheParserTakes() {
        assertThat("139 0411 8765").matches(Contact.PATTERN);
        assertThat("wangjianguo@163.com").matches(Contact.PATTERN);
        assertThat("0411-84567890").doesNotMatch(Contact.PATTERN);
    }
}
