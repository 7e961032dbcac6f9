package cn.dalian.laborbrand.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "912102440580649631", "912102422418131093", "91210242MA0YGH36XJ", "912102317772962774" })
    void realDalianCodesAreValidWhateverTheirAreaPart(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "912102440580649631", "91210242MA0YGH36XJ" })
    void anyOtherCheckCharacterIsRefused(String code) {
        String first17 = code.substring(0, 17);
        for (char other : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (other != code.charAt(17)) {
                assertThat(UnifiedSocialCreditCode.isValid(first17 + other)).as(first17 + other).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "91210244058064963",    // 17 characters
            "9121024405806496310",  // 19 characters
            "91210242ma0ygh36xj",   // lower case
            "91210242MA0YGH36XI",   // I never occurs
            "91210242MO0YGH36XJ",   // nor O
            "912102440580649631 ",  // a trailing space
            "９１２１０２４４０５８０６４９６３１" // full-width digits
    })
    void textThatIsNoCodeIsRefused(String text) {
        assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "912102440580649632", "912102422418131090" })
    void aMistypedDigitChangesTheCheckCharacter(String mistyped) {
        assertThat(UnifiedSocialCreditCode.isValid(mistyped)).isFalse();
    }

    @Test
    void theProblemWithACodeSaysWhatIsWrongInChinese() {
        assertThat(UnifiedSocialCreditCode.problemWith("91210244058064963")).contains("统一社会信用代码应为 18 位，您填写了 17 位。");
        assertThat(UnifiedSocialCreditCode.problemWith("9121024405806496310")).contains("统一社会信用代码应为 18 位，您填写了 19 位。");
        assertThat(UnifiedSocialCreditCode.problemWith("91210244O580649631")).get().asString().contains("第 9 位“O”");
        assertThat(UnifiedSocialCreditCode.problemWith("912102440580649632")).get().asString().contains("校验位");
        assertThat(UnifiedSocialCreditCode.problemWith("912102440580649631")).isEmpty();
    }
}
