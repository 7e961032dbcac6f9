package cn.dalian.laborbrand.review.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.review.casework.DistrictDecision;

/** Attachment 1 (大连市劳务品牌申报认定表) as the unit handed it in. */
class ApplicationFormTest {

    @Test
    void theFormCarriesTheUnitsParticularsAndEveryDeclaredYearAsTheFormWritesThem() {
        ApplicationForm form = ApplicationForm.of(ExportSamples.application(), Optional.empty());

        assertThat(form.unitName()).isEqualTo("大连金港人力资源服务有限公司");
        assertThat(form.submittedOn()).isEqualTo("2022年11月18日");
        assertThat(form.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
        assertThat(form.cityBrandName()).isEqualTo("大连金港家政服务师劳务品牌");
        assertThat(form.requestedLevels()).isEqualTo("区级、市级");
        assertThat(form.unitType()).isEqualTo("人力资源服务机构");
        assertThat(form.orgCode()).isEqualTo("912102440580649631");
        assertThat(form.address()).isEqualTo("大连市甘井子区中华西路18号");
        assertThat(form.personInCharge()).isEqualTo("王丽");
        assertThat(form.officePhone()).isEqualTo("0411-86523456");
        assertThat(form.years()).extracting(ApplicationForm.Year::label).containsExactly("2021年", "2022年");
        assertThat(form.years().getFirst()).isEqualTo(new ApplicationForm.Year(2021, "1120 人", "86.5%", "1050 人", "62%", "0 件", "0 项"));
        assertThat(form.years().get(1).lostDisputeCases()).isEqualTo("1 件");
        assertThat(form.labourPractice()).containsExactly("劳动合同签订率 100%，劳动用工备案率 100%", "劳动规章制度、集体协商和集体合同：已建立并有效",
                "劳动关系协调员：2 名", "群体性、突发性劳动争议事件：无");
        assertThat(form.description()).startsWith("金港家政服务师品牌创建于2015年").contains("\n2021、2022年累计培训2400人");
    }

    @Test
    void theDistrictsRecommendationIsBlankUntilItDecidedThenDatedItsDay() {
        DistrictDecision decision = new DistrictDecision(true, true, "材料齐全，实地查验属实，推荐申报市级。", "reviewer-ganjingzi",
                ExportSamples.NOV_21, null, null);

        ApplicationForm before = ApplicationForm.of(ExportSamples.application(), Optional.empty());
        ApplicationForm after = ApplicationForm.of(ExportSamples.application(), Optional.of(decision));

        assertThat(before.districtOpinion()).isEmpty();
        assertThat(before.districtOpinionOn()).isEmpty();
        assertThat(after.districtOpinion()).isEqualTo("区级入选，推荐市级。材料齐全，实地查验属实，推荐申报市级。");
        assertThat(after.districtOpinionOn()).isEqualTo("2022年11月21日");
    }

    @Test
    void anApplicationHandedInBeforeTheFormsParticularsWereCarriedShowsDashes() {
        ApplicationSubmitted early = ExportSamples.application();
        ApplicationSubmitted withoutParticulars = new ApplicationSubmitted(early.applicationId(), early.campaign(), early.orgId(),
                early.unitName(), early.district(), early.brandName(), null, early.requestedLevels(), List.of(), null, early.submittedBy(),
                early.submittedAt(), null, null, null, null);

        ApplicationForm form = ApplicationForm.of(withoutParticulars, Optional.empty());

        assertThat(form.address()).isEqualTo("—");
        assertThat(form.personInCharge()).isEqualTo("—");
        assertThat(form.unitType()).isEqualTo("—");
        assertThat(form.description()).isEqualTo("—");
        assertThat(form.labourPractice()).containsExactly("—");
        assertThat(form.years()).isEmpty();
    }
}
