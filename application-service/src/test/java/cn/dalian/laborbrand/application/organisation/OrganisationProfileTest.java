package cn.dalian.laborbrand.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The unit's profile: its own valid credit code, an account in its legal name, declarations recorded with who and when. */
class OrganisationProfileTest {

    private static final String JINGANG = "912102440580649631";
    private static final Instant NOV_14 = Instant.parse("2022-11-14T02:00:00Z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            91210244058064963   | 应为 18 位，您填写了 17 位
            9121024405806496310 | 应为 18 位，您填写了 19 位
            912102440580649632  | 校验位
            91210244O580649631  | 第 9 位“O”
            9121024405806496I1  | 第 17 位“I”
            91210244058064963Z  | 第 18 位“Z”
            912102440580649s31  | 第 16 位“s”
            """)
    void aCodeThatIsNoValidCreditCodeIsRefusedSayingWhy(String code, String why) {
        assertThatThrownBy(() -> OrganisationProfile.kept(code, particulars(code, "大连金港人力资源服务有限公司", Set.of()), null, "applicant-a", NOV_14))
                .isInstanceOfSatisfying(PlatformException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ProfileProblem.CREDIT_CODE_INVALID);
                    assertThat(refused.getMessage()).contains(why);
                });
    }

    @Test
    void aUnitKeepsOnlyItsOwnProfile() {
        // 金港's person types 海湾's valid code
        assertThatThrownBy(() -> OrganisationProfile.kept(JINGANG, particulars("912102422418131093", "大连金港人力资源服务有限公司", Set.of()), null,
                "applicant-a", NOV_14))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(ProfileProblem.ORG_ID_MISMATCH));
    }

    @Test
    void theSubsidyAccountIsInTheUnitsLegalName() {
        var particulars = new OrganisationProfile.Particulars(JINGANG, "大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, "210211", "大连市甘井子区华北路 236 号",
                "王建国", "0411-86651234", "13904111234", "jingang-hr@example.cn",
                new BankAccount("王建国", "中国工商银行大连甘井子支行", "3400200109000123456"), Set.of());

        assertThatThrownBy(() -> OrganisationProfile.kept(JINGANG, particulars, null, "applicant-a", NOV_14))
                .isInstanceOfSatisfying(PlatformException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ProfileProblem.BANK_ACCOUNT_NAME_MISMATCH);
                    assertThat(refused.getMessage()).contains("“王建国”").contains("“大连金港人力资源服务有限公司”");
                });
    }

    @Test
    void aDeclarationKeepsWhoFirstMadeItAndWhenAndOneNoLongerAffirmedIsWithdrawn() {
        // given 王丽 declared all three on 14 November
        OrganisationProfile first = OrganisationProfile.kept(JINGANG, particulars(JINGANG, "大连金港人力资源服务有限公司",
                EnumSet.allOf(DeclarationKind.class)), null, "applicant-a", NOV_14);

        // when a colleague saves the profile a day later, no longer affirming lawful operation
        OrganisationProfile second = OrganisationProfile.kept(JINGANG, particulars(JINGANG, "大连金港人力资源服务有限公司",
                EnumSet.of(DeclarationKind.INDEPENDENT_LEGAL_PERSON, DeclarationKind.BRAND_OWNERSHIP)), first, "applicant-c",
                NOV_14.plusSeconds(86_400));

        // then the two kept still name 王丽 and the 14th, and the third is missing again
        assertThat(second.declarations().get(DeclarationKind.BRAND_OWNERSHIP)).isEqualTo(new Declaration(DeclarationKind.BRAND_OWNERSHIP,
                "applicant-a", NOV_14));
        assertThat(second.missingDeclarations()).containsExactly(DeclarationKind.LAWFUL_OPERATION);
        assertThat(first.missingDeclarations()).isEmpty();
    }

    @Test
    void theMaskedMobileAndAccountLeftEmptyAreKeptButTheFirstProfileNeedsThem() {
        OrganisationProfile first = OrganisationProfile.kept(JINGANG, particulars(JINGANG, "大连金港人力资源服务有限公司", Set.of()), null,
                "applicant-a", NOV_14);
        var withoutPersonalData = new OrganisationProfile.Particulars(JINGANG, "大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, "210211",
                "大连市甘井子区华北路 238 号", "王建国", "0411-86651234", null, "jingang-hr@example.cn",
                new BankAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", ""), Set.of());

        OrganisationProfile second = OrganisationProfile.kept(JINGANG, withoutPersonalData, first, "applicant-a", NOV_14);
        assertThat(second.mobile()).isEqualTo("13904111234");
        assertThat(second.bankAccount().number()).isEqualTo("3400200109000123456");
        assertThat(second.address()).endsWith("238 号");

        assertThatThrownBy(() -> OrganisationProfile.kept(JINGANG, withoutPersonalData, null, "applicant-a", NOV_14))
                .isInstanceOfSatisfying(PlatformException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ProfileProblem.PERSONAL_DATA_REQUIRED);
                    assertThat(refused.getMessage()).isEqualTo("首次填写单位档案时请填写手机号码。");
                });
    }

    private static OrganisationProfile.Particulars particulars(String code, String legalName, Set<DeclarationKind> declared) {
        return new OrganisationProfile.Particulars(code, legalName, UnitType.HR_SERVICE_AGENCY, "210211", "大连市甘井子区华北路 236 号", "王建国",
                "0411-86651234", "13904111234", "jingang-hr@example.cn",
                new BankAccount(legalName, "中国工商银行大连甘井子支行", "3400200109000123456"), declared);
    }
}
