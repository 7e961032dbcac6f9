package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** Which materials an application must hand in, per campaign, unit type, levels asked and kind of output. */
class MaterialChecklistTest {

    private static final Set<BrandLevel> DISTRICT = Set.of(BrandLevel.DISTRICT);
    private static final Set<BrandLevel> BOTH = Set.of(BrandLevel.DISTRICT, BrandLevel.CITY);
    private static final MaterialChecklist DEFAULTS = MaterialChecklist.defaults();

    @Test
    void everyUnitHandsInAttachmentTwoTheLicenceTheReportTrainingEvidenceTheRosterLabourRulesTheCollectiveContractAndTheCoordinationBody() {
        // given 大连金港人力资源服务有限公司, asking for the district level, whose roster shows absorbed workers only
        var items = DEFAULTS.itemsFor(UnitType.HR_SERVICE_AGENCY, DISTRICT, OutputKinds.NONE);

        // then eight kinds are mandatory, each because every unit must hand it in
        assertThat(items).filteredOn(MaterialChecklist.Item::mandatory).extracting(MaterialChecklist.Item::kind).containsExactly(
                MaterialKind.ATTACHMENT_TWO, MaterialKind.BUSINESS_LICENCE, MaterialKind.APPLICATION_REPORT, MaterialKind.TRAINING_EVIDENCE,
                MaterialKind.ROSTER, MaterialKind.LABOUR_RULES, MaterialKind.COLLECTIVE_CONTRACT, MaterialKind.COORDINATION_BODY);
        assertThat(items).filteredOn(MaterialChecklist.Item::mandatory).extracting(MaterialChecklist.Item::reason).containsOnly("每个申报单位都须提交。");
    }

    @Test
    void withoutOrganisedOutputTheOutputAgreementsAreAskedForButNotMandatory() {
        var items = DEFAULTS.itemsFor(UnitType.TRAINING_INSTITUTION, BOTH, OutputKinds.NONE);

        assertThat(items).filteredOn(item -> item.kind() == MaterialKind.OUTPUT_AGREEMENTS).singleElement().satisfies(item -> {
            assertThat(item.mandatory()).isFalse();
            assertThat(item.reason()).isEqualTo("花名册中有有组织输出的务工人员时须提交。");
        });
    }

    @Test
    void organisedOutputMakesTheOutputAgreementsMandatory() {
        var items = DEFAULTS.itemsFor(UnitType.ENTERPRISE, DISTRICT, new OutputKinds(true, false));

        assertThat(items).filteredOn(item -> item.kind() == MaterialKind.OUTPUT_AGREEMENTS).singleElement().satisfies(item -> {
            assertThat(item.mandatory()).isTrue();
            assertThat(item.reason()).contains("有组织输出").contains("输出协议");
        });
        assertThat(items).filteredOn(item -> item.kind() == MaterialKind.OUT_OF_PROVINCE_PROOFS).singleElement()
                .extracting(MaterialChecklist.Item::mandatory).isEqualTo(false);
    }

    @Test
    void outputToAnotherProvinceMakesTheContractsAndSocialInsuranceProofsMandatory() {
        var items = DEFAULTS.itemsFor(UnitType.HR_SERVICE_AGENCY, DISTRICT, new OutputKinds(true, true));

        assertThat(items).filteredOn(item -> item.kind() == MaterialKind.OUT_OF_PROVINCE_PROOFS).singleElement().satisfies(item -> {
            assertThat(item.mandatory()).isTrue();
            assertThat(item.reason()).contains("省外").contains("社会保险").contains("不计入就业人数");
        });
    }

    @Test
    void aCityLevelRequirementBindsOnlyAnApplicationAskingForTheCityLevel() {
        // given a campaign that wants the coordination body's rules only from city-level candidates
        var checklist = new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.BUSINESS_LICENCE, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.COORDINATION_BODY, Requirement.CITY_LEVEL)));

        // then a district-level application may leave it out, one asking for both levels may not
        assertThat(checklist.missing(UnitType.ENTERPRISE, DISTRICT, OutputKinds.NONE, EnumSet.of(MaterialKind.BUSINESS_LICENCE))).isEmpty();
        assertThat(checklist.missing(UnitType.ENTERPRISE, BOTH, OutputKinds.NONE, EnumSet.of(MaterialKind.BUSINESS_LICENCE)))
                .singleElement().satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(MaterialKind.COORDINATION_BODY);
                    assertThat(item.reason()).isEqualTo("申报市级劳务品牌须提交。");
                });
    }

    @Test
    void aRequirementForSomeUnitTypesLeavesTheKindOptionalForTheOthers() {
        // given a campaign that asks the collective contract only of enterprises
        var checklist = new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.COLLECTIVE_CONTRACT, Requirement.ALWAYS,
                Set.of(UnitType.ENTERPRISE))));

        // then an industry association may hand it in, an enterprise must
        var association = checklist.itemsFor(UnitType.INDUSTRY_ASSOCIATION, DISTRICT, OutputKinds.NONE).getFirst();
        assertThat(association.mandatory()).isFalse();
        assertThat(association.reason()).isEqualTo("本批次仅要求企业提交，贵单位可自愿提供。");
        var enterprise = checklist.itemsFor(UnitType.ENTERPRISE, DISTRICT, OutputKinds.NONE).getFirst();
        assertThat(enterprise.mandatory()).isTrue();
        assertThat(enterprise.reason()).isEqualTo("企业须提交。");
    }

    @Test
    void aUnitWithoutProfileIsBoundByEveryRequirement() {
        var checklist = new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.COLLECTIVE_CONTRACT, Requirement.ALWAYS,
                Set.of(UnitType.ENTERPRISE))));

        assertThat(checklist.itemsFor(null, DISTRICT, OutputKinds.NONE).getFirst().mandatory()).isTrue();
    }

    @Test
    void anOptionalKindIsNeverMandatoryAndAKindNotListedIsNotAskedFor() {
        var checklist = new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.TRAINING_EVIDENCE, Requirement.OPTIONAL)));

        assertThat(checklist.itemsFor(UnitType.VOCATIONAL_SCHOOL, BOTH, new OutputKinds(true, true))).singleElement().satisfies(item -> {
            assertThat(item.mandatory()).isFalse();
            assertThat(item.reason()).isEqualTo("可自愿提供。");
        });
        assertThat(checklist.asks(MaterialKind.TRAINING_EVIDENCE)).isTrue();
        assertThat(checklist.asks(MaterialKind.ATTACHMENT_TWO)).isFalse();
    }

    @Test
    void whatIsMissingIsEachMandatoryKindWithoutAFileInTheNoticesOrder() {
        var missing = DEFAULTS.missing(UnitType.HR_SERVICE_AGENCY, DISTRICT, new OutputKinds(true, false),
                EnumSet.of(MaterialKind.ATTACHMENT_TWO, MaterialKind.BUSINESS_LICENCE, MaterialKind.APPLICATION_REPORT,
                        MaterialKind.TRAINING_EVIDENCE, MaterialKind.LABOUR_RULES, MaterialKind.COLLECTIVE_CONTRACT));

        assertThat(missing).extracting(MaterialChecklist.Item::kind)
                .containsExactly(MaterialKind.ROSTER, MaterialKind.OUTPUT_AGREEMENTS, MaterialKind.COORDINATION_BODY);
    }

    @Test
    void aCampaignListsEachKindOnce() {
        assertThatThrownBy(() -> new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.ROSTER, Requirement.ALWAYS),
                new MaterialRequirement(MaterialKind.ROSTER, Requirement.OPTIONAL)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBureausInspectionFilesAreNeverOnAUnitsChecklistNorCanACampaignAskForThem() {
        assertThat(DEFAULTS.asks(MaterialKind.INSPECTION_RECORD)).isFalse();
        assertThat(DEFAULTS.itemsFor(UnitType.ENTERPRISE, BOTH, new OutputKinds(true, true))).extracting(MaterialChecklist.Item::kind)
                .doesNotContain(MaterialKind.INSPECTION_RECORD);
        assertThatThrownBy(() -> new MaterialChecklist(List.of(new MaterialRequirement(MaterialKind.INSPECTION_RECORD, Requirement.OPTIONAL))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INSPECTION_RECORD");
    }
}
