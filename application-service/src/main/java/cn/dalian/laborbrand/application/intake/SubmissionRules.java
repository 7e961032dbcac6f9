package cn.dalian.laborbrand.application.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dalian.laborbrand.application.campaign.Campaign;
import cn.dalian.laborbrand.application.district.District;
import cn.dalian.laborbrand.application.naming.BrandNameRule;
import cn.dalian.laborbrand.application.naming.NameCheck;
import cn.dalian.laborbrand.application.naming.NamePart;
import cn.dalian.laborbrand.application.organisation.DeclarationKind;
import cn.dalian.laborbrand.application.organisation.OrganisationProfile;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The checks before an application is handed in (提交前检查), in one place: the unit's profile and declarations, its
 * district, the campaign's window and years, the parts of Attachment 1, the naming rule of each level asked, and the
 * mandatory materials (申报材料) not handed in yet.
 */
final class SubmissionRules {

    private final BrandNameRule names;

    SubmissionRules(BrandNameRule names) {
        this.names = names;
    }

    /**
     * @param profile          the unit's profile, or {@code null} when it has none yet
     * @param district         the district the profile names, or {@code null} when it has no profile
     * @param missingMaterials the mandatory materials (申报材料) the application has no file of yet
     */
    SubmissionCheck check(Application application, OrganisationProfile profile, District district, Campaign campaign, LocalDate today,
            List<MaterialsCheck.MissingMaterial> missingMaterials) {
        List<SubmissionCheck.Finding> findings = new ArrayList<>();
        if (profile == null) {
            findings.add(new SubmissionCheck.Finding("PROFILE_MISSING", "profile", "请先填写单位档案（单位名称、地址、负责人、联系电话、收款账户等）。"));
        } else {
            for (DeclarationKind missing : profile.missingDeclarations()) {
                findings.add(new SubmissionCheck.Finding("DECLARATION_MISSING", "declarations", "请在单位档案中确认承诺：" + missing.text()));
            }
            if (!district.acceptingApplications()) {
                findings.add(new SubmissionCheck.Finding("DISTRICT_NOT_ACCEPTING", "district", district.name() + "目前不受理劳务品牌申报。"));
            }
        }
        campaign.windowClosedReasonOn(today)
                .ifPresent(reason -> findings.add(new SubmissionCheck.Finding("CAMPAIGN_WINDOW_CLOSED", "campaign", reason)));

        Application.Content content = application.content();
        List<Integer> declared = content.declaredYears().stream().map(YearFigures::year).toList();
        for (Integer year : campaign.declaredYears()) {
            if (!declared.contains(year)) {
                findings.add(new SubmissionCheck.Finding("YEAR_MISSING", "declaredYears", "请填写 " + year + " 年度的培训、就业等数据。"));
            }
        }
        for (Integer year : declared) {
            if (!campaign.declaredYears().contains(year)) {
                findings.add(new SubmissionCheck.Finding("YEAR_NOT_ASKED", "declaredYears", "本批次不要求 " + year + " 年度的数据，请删除。"));
            }
        }
        if (content.labourPractice() == null) {
            findings.add(new SubmissionCheck.Finding("LABOUR_PRACTICE_MISSING", "labourPractice",
                    "请填写劳动合同签订、用工备案、集体合同等权益保障情况。"));
        }
        if (content.description() == null) {
            findings.add(new SubmissionCheck.Finding("DESCRIPTION_MISSING", "description", "请填写品牌简介（不超过 2000 字）。"));
        }

        List<NameCheck> nameChecks = new ArrayList<>();
        if (profile != null) {
            nameChecks.addAll(nameChecksOf(content, profile));
            for (NameCheck check : nameChecks) {
                String field = check.level() == BrandLevel.CITY && content.requestedLevels().contains(BrandLevel.DISTRICT)
                        ? "cityBrandName" : "brandName";
                check.findings().forEach(finding -> findings.add(new SubmissionCheck.Finding(finding.code(), field, finding.message())));
                placeOtherThan(district, check).ifPresent(place -> findings.add(new SubmissionCheck.Finding("PLACE_NOT_UNITS_DISTRICT", field,
                        "品牌名称中的“" + place + "”与单位注册地（" + district.name() + "）不一致：区级品牌名称应写本单位所在的区市县或先导区。")));
            }
        }
        if (content.requestedLevels().contains(BrandLevel.CITY) && content.cityBrandName() == null) {
            findings.add(new SubmissionCheck.Finding("CITY_BRAND_NAME_MISSING", "cityBrandName",
                    "同时申报市级时，请按市级命名规则另填市级品牌名称（大连 + 企业名号 + 行业 + 工种 + 劳务品牌）。"));
        }
        for (MaterialsCheck.MissingMaterial missing : missingMaterials) {
            String why = missing.reason().endsWith("。") ? missing.reason().substring(0, missing.reason().length() - 1) : missing.reason();
            findings.add(new SubmissionCheck.Finding("MATERIAL_MISSING", "materials", "缺少申报材料“" + missing.label() + "”（" + why + "），"
                    + (missing.onlyThroughRosterImport() ? "请通过“花名册导入”上传。" : "请上传。")));
        }
        return new SubmissionCheck(findings, nameChecks);
    }

    /** The place a name names, when it is not the unit's own district (by its full or its short name). */
    private static java.util.Optional<String> placeOtherThan(District district, NameCheck check) {
        return check.parts().stream()
                .filter(part -> part.kind() == NamePart.Kind.PLACE)
                .map(NamePart::text)
                .filter(place -> !place.equals(district.name()) && !place.equals(district.shortName()))
                .findFirst();
    }

    /** The district-level name checked at DISTRICT, the city-level name (when given) at CITY. */
    List<NameCheck> nameChecksOf(Application.Content content, OrganisationProfile profile) {
        List<NameCheck> checks = new ArrayList<>();
        if (content.requestedLevels().contains(BrandLevel.DISTRICT)) {
            checks.add(names.check(content.brandName(), BrandLevel.DISTRICT, profile.unitType(), profile.legalName()));
        }
        if (content.cityBrandName() != null) {
            checks.add(names.check(content.cityBrandName(), BrandLevel.CITY, profile.unitType(), profile.legalName()));
        }
        return checks;
    }
}
