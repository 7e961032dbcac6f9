package cn.dalian.laborbrand.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.application.campaign.Campaign;
import cn.dalian.laborbrand.application.district.District;
import cn.dalian.laborbrand.application.naming.BrandNameRule;
import cn.dalian.laborbrand.application.organisation.BankAccount;
import cn.dalian.laborbrand.application.organisation.DeclarationKind;
import cn.dalian.laborbrand.application.organisation.OrganisationProfile;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** The check before submission: every finding at once, each naming its field. */
class SubmissionRulesTest {

    private static final Campaign CAMPAIGN_2022 = new Campaign("2022", "2022年度劳务品牌申报认定", "大就办发〔2022〕9号", List.of(2021, 2022),
            LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 2), 5, 0);
    private static final LocalDate NOV_15 = LocalDate.of(2022, 11, 15);
    private static final District GANJINGZI = new District("210211", "甘井子区", "甘井子", District.Kind.COUNTY, true, 40, 0);
    private static final SubmissionRules RULES = new SubmissionRules(new BrandNameRule(List.of("甘井子区", "甘井子", "金州区", "金州", "庄河市", "庄河")));
    private static final LabourPractice PRACTICE = new LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false);
    private static final List<MaterialsCheck.MissingMaterial> NOTHING_MISSING = List.of();

    @Test
    void aCompleteApplicationOfAUnitWithItsDeclarationsPassesWithinTheWindow() {
        SubmissionCheck check = RULES.check(application("大连甘井子金港家政服务师劳务品牌", "大连金港家政服务师劳务品牌", List.of(year(2021), year(2022))),
                profile(EnumSet.allOf(DeclarationKind.class)), GANJINGZI, CAMPAIGN_2022, NOV_15, NOTHING_MISSING);

        assertThat(check.findings()).isEmpty();
        assertThat(check.ready()).isTrue();
        assertThat(check.nameChecks()).extracting(name -> name.level()).containsExactly(BrandLevel.DISTRICT, BrandLevel.CITY);
    }

    @Test
    void everythingToPutRightIsListedAtOnceEachWithItsField() {
        // given an application missing 2021, the description and the labour practices, named against both levels' rules,
        // of a unit that has not yet declared its lawful operation, checked after the deadline
        var application = Application.draft(UUID.randomUUID(), "2022", "912102440580649631", "210211", "applicant-a",
                new Application.Content("大连金港家政服务师劳务品牌", null, null, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), List.of(year(2022)),
                        null),
                Instant.parse("2022-11-15T02:00:00Z"));

        SubmissionCheck check = RULES.check(application,
                profile(EnumSet.of(DeclarationKind.INDEPENDENT_LEGAL_PERSON, DeclarationKind.BRAND_OWNERSHIP)), GANJINGZI, CAMPAIGN_2022,
                LocalDate.of(2022, 11, 23), NOTHING_MISSING);

        assertThat(check.findings()).extracting(SubmissionCheck.Finding::code, SubmissionCheck.Finding::field).contains(
                org.assertj.core.groups.Tuple.tuple("DECLARATION_MISSING", "declarations"),
                org.assertj.core.groups.Tuple.tuple("CAMPAIGN_WINDOW_CLOSED", "campaign"),
                org.assertj.core.groups.Tuple.tuple("YEAR_MISSING", "declaredYears"),
                org.assertj.core.groups.Tuple.tuple("LABOUR_PRACTICE_MISSING", "labourPractice"),
                org.assertj.core.groups.Tuple.tuple("DESCRIPTION_MISSING", "description"),
                org.assertj.core.groups.Tuple.tuple("PLACE_MISSING", "brandName"),
                org.assertj.core.groups.Tuple.tuple("CITY_BRAND_NAME_MISSING", "cityBrandName"));
        assertThat(check.findings()).filteredOn(finding -> finding.code().equals("CAMPAIGN_WINDOW_CLOSED")).singleElement()
                .extracting(SubmissionCheck.Finding::message).asString().contains("2022年11月10日至2022年11月22日");
    }

    @Test
    void aYearTheCampaignDoesNotAskForMustBeRemoved() {
        SubmissionCheck check = RULES.check(application("大连甘井子金港家政服务师劳务品牌", null, List.of(year(2020), year(2021), year(2022))),
                profile(EnumSet.allOf(DeclarationKind.class)), GANJINGZI, CAMPAIGN_2022, NOV_15, NOTHING_MISSING);

        assertThat(check.findings()).extracting(SubmissionCheck.Finding::code).containsExactly("YEAR_NOT_ASKED");
        assertThat(check.findings().getFirst().message()).contains("2020");
    }

    @Test
    void aDistrictLevelNameNamesTheUnitsOwnDistrict() {
        SubmissionCheck check = RULES.check(application("大连金州金港家政服务师劳务品牌", null, List.of(year(2021), year(2022))),
                profile(EnumSet.allOf(DeclarationKind.class)), GANJINGZI, CAMPAIGN_2022, NOV_15, NOTHING_MISSING);

        assertThat(check.findings()).extracting(SubmissionCheck.Finding::code).containsExactly("PLACE_NOT_UNITS_DISTRICT");
        assertThat(check.findings().getFirst().message()).contains("金州").contains("甘井子区");
    }

    @Test
    void eachMandatoryMaterialNotHandedInIsAFindingNamingItAndWhy() {
        // given a complete application whose unit has not yet uploaded its licence nor imported its roster
        var missing = List.of(new MaterialsCheck.MissingMaterial("BUSINESS_LICENCE", "营业执照或法人登记证书", "每个申报单位都须提交。", false),
                new MaterialsCheck.MissingMaterial("ROSTER", "务工人员花名册", "每个申报单位都须提交。", true));

        SubmissionCheck check = RULES.check(application("大连甘井子金港家政服务师劳务品牌", "大连金港家政服务师劳务品牌", List.of(year(2021), year(2022))),
                profile(EnumSet.allOf(DeclarationKind.class)), GANJINGZI, CAMPAIGN_2022, NOV_15, missing);

        // then it is not ready, and each missing material is a finding of the materials, saying what to do
        assertThat(check.ready()).isFalse();
        assertThat(check.findings()).extracting(SubmissionCheck.Finding::code, SubmissionCheck.Finding::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MATERIAL_MISSING", "materials"),
                org.assertj.core.groups.Tuple.tuple("MATERIAL_MISSING", "materials"));
        assertThat(check.findings()).extracting(SubmissionCheck.Finding::message).containsExactly(
                "缺少申报材料“营业执照或法人登记证书”（每个申报单位都须提交），请上传。",
                "缺少申报材料“务工人员花名册”（每个申报单位都须提交），请通过“花名册导入”上传。");
    }

    @Test
    void aUnitWithoutProfileIsAskedToKeepItFirst() {
        SubmissionCheck check = RULES.check(application("大连甘井子金港家政服务师劳务品牌", null, List.of(year(2021), year(2022))), null, null,
                CAMPAIGN_2022, NOV_15, NOTHING_MISSING);

        assertThat(check.findings()).extracting(SubmissionCheck.Finding::code).containsExactly("PROFILE_MISSING");
    }

    private static Application application(String brandName, String cityBrandName, List<YearFigures> years) {
        Set<BrandLevel> levels = cityBrandName == null ? Set.of(BrandLevel.DISTRICT) : Set.of(BrandLevel.DISTRICT, BrandLevel.CITY);
        return Application.draft(UUID.randomUUID(), "2022", "912102440580649631", "210211", "applicant-a",
                new Application.Content(brandName, cityBrandName, "金港家政服务师品牌创建于2015年。", levels, years, PRACTICE),
                Instant.parse("2022-11-15T02:00:00Z"));
    }

    private static OrganisationProfile profile(Set<DeclarationKind> declared) {
        return OrganisationProfile.kept("912102440580649631", new OrganisationProfile.Particulars("912102440580649631", "大连金港人力资源服务有限公司",
                UnitType.HR_SERVICE_AGENCY, "210211", "大连市甘井子区华北路 236 号", "王建国", "0411-86651234", "13904111234",
                "jingang-hr@example.cn", new BankAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109000123456"), declared),
                null, "applicant-a", Instant.parse("2022-11-14T02:00:00Z"));
    }

    private static YearFigures year(int year) {
        return new YearFigures(year, 1120, new BigDecimal("86.50"), 1050, new BigDecimal("62.00"), 0, 0);
    }
}
