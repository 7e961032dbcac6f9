package cn.dalian.laborbrand.review.exports;

import java.util.List;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.DeclaredYear;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.LabourPractice;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted.UnitParticulars;
import cn.dalian.laborbrand.review.casework.DistrictDecision;

/**
 * Attachment 1 of the notice, 《大连市劳务品牌申报认定表》, as the unit handed it in: the form's fields in the form's
 * order, every year the campaign asked for, the brand description, and the district's recommendation once it decided
 * (the city's opinion stays blank for the city). Fields the unit did not fill show a dash. The mobile number the paper
 * form asks for is not carried by the application (personal data): its cell stays a dash.
 *
 * @param submittedOn     the day it was handed in, as the form dates it (2022年11月18日)
 * @param requestedLevels 区级、市级
 * @param labourPractice  the declared labour practices (权益保障), one line each
 * @param districtOpinion the district bureau's recommendation, blank before it decided
 */
record ApplicationForm(String unitName, String submittedOn, String brandName, String cityBrandName, String requestedLevels,
        String unitType, String orgCode, String address, String personInCharge, String officePhone, List<Year> years,
        List<String> labourPractice, String description, String districtOpinion, String districtOpinionOn) {

    /** One year's figures, as the form's columns show them. */
    record Year(int year, String trained, String passRate, String employed, String speciallyTrainedShare, String lostDisputeCases,
            String unfinishedRectifications) {

        static Year of(DeclaredYear declared) {
            return new Year(declared.year(), declared.trainedCount() + " 人", Wording.percent(declared.trainingPassRatePercent()),
                    declared.employedCount() + " 人", Wording.percent(declared.speciallyTrainedSharePercent()),
                    declared.lostDisputeCases() + " 件", declared.unfinishedRectifications() + " 项");
        }

        /** 2021年 */
        public String label() {
            return year + "年";
        }
    }

    ApplicationForm {
        years = List.copyOf(years);
        labourPractice = List.copyOf(labourPractice);
    }

    static ApplicationForm of(ApplicationSubmitted application, Optional<DistrictDecision> decision) {
        Optional<UnitParticulars> unit = Optional.ofNullable(application.unit());
        return new ApplicationForm(application.unitName(), Wording.day(application.submittedAt()), application.brandName(),
                application.cityBrandName(), Wording.levels(application.requestedLevels()),
                application.unitType() == null ? Wording.NONE : application.unitType().label(), application.orgId(),
                Wording.orNone(unit.map(UnitParticulars::address).orElse(null)),
                Wording.orNone(unit.map(UnitParticulars::personInCharge).orElse(null)),
                Wording.orNone(unit.map(UnitParticulars::officePhone).orElse(null)),
                application.declaredYears().stream().map(Year::of).toList(), labourPractice(application.labourPractice()),
                Wording.orNone(application.description()),
                decision.map(Wording::opinion).orElse(""),
                decision.map(decided -> Wording.day(decided.decidedAt())).orElse(""));
    }

    private static List<String> labourPractice(LabourPractice practice) {
        if (practice == null) {
            return List.of(Wording.NONE);
        }
        return List.of("劳动合同签订率 " + Wording.percent(practice.contractSigningRatePercent()) + "，劳动用工备案率 "
                        + Wording.percent(practice.employmentFilingRatePercent()),
                "劳动规章制度、集体协商和集体合同：" + (practice.collectiveContractInForce() ? "已建立并有效" : "未建立"),
                "劳动关系协调员：" + practice.labourRelationsCoordinators() + " 名",
                "群体性、突发性劳动争议事件：" + (practice.massLabourDisputeOccurred() ? "发生过" : "无"));
    }
}
