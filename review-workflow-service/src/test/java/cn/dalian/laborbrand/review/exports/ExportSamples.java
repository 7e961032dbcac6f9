package cn.dalian.laborbrand.review.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.review.casework.CaseAction;
import cn.dalian.laborbrand.review.casework.DistrictDecision;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Transition;
import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.review.inspection.CheckedItem;
import cn.dalian.laborbrand.review.inspection.Checklist;
import cn.dalian.laborbrand.review.inspection.Conclusion;
import cn.dalian.laborbrand.review.inspection.Finding;
import cn.dalian.laborbrand.review.inspection.InspectionRecord;

/** Cases, applications and pre-checks as the exports read them, with data that looks like Dalian's. */
final class ExportSamples {

    static final Instant NOV_18 = Instant.parse("2022-11-18T02:00:00Z");
    /** Friday 18 November 2022, 15:30 in Dalian: the inspection concluded. */
    static final Instant NOV_18_AFTERNOON = Instant.parse("2022-11-18T07:30:00Z");
    static final Instant NOV_21 = Instant.parse("2022-11-21T01:30:00Z");
    static final Instant DEC_01 = Instant.parse("2022-12-01T03:00:00Z");
    static final LocalDate NOV_24 = LocalDate.of(2022, 11, 24);
    static final DistrictNames NAMES = new DistrictNames(Map.of("210211", "甘井子区", "210213", "金州区"));

    static final String BRAND = "大连甘井子金港家政服务师劳务品牌";
    static final String CITY_BRAND = "大连金港家政服务师劳务品牌";
    static final String UNIT = "大连金港人力资源服务有限公司";

    private ExportSamples() {
    }

    /** 大连金港人力资源服务有限公司 of 甘井子区, for both levels, at the stage, selected and recommended by its district. */
    static ReviewCase jingang(ReviewStage stage) {
        return new ReviewCase(UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081"), UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001"),
                "2022", "912102440580649631", UNIT, "210211", BRAND, CITY_BRAND, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), stage,
                new DistrictDecision(true, true, "材料齐全，实地查验属实，推荐申报市级。", "reviewer-ganjingzi", NOV_21, null, null),
                stage == ReviewStage.CERTIFIED ? BrandLevel.CITY : null, null,
                stage == ReviewStage.CERTIFIED ? LocalDate.of(2022, 12, 5) : null, NOV_18, NOV_21, null, forwardedOn(stage), 3);
    }

    /** 大连海湾职业培训学校 of 金州区, district level only, selected. */
    static ReviewCase haiwan(ReviewStage stage) {
        return new ReviewCase(UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7082"), UUID.fromString("1a2b3c4d-0000-4000-8000-000000000002"),
                "2022", "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾焊工劳务品牌", null,
                Set.of(BrandLevel.DISTRICT), stage, new DistrictDecision(true, false, "达到区级标准。", "reviewer-jinzhou", NOV_21, null, null),
                stage == ReviewStage.CERTIFIED ? BrandLevel.DISTRICT : null, null, stage == ReviewStage.CERTIFIED ? LocalDate.of(2022, 12, 5) : null,
                NOV_18.plusSeconds(600), NOV_21, null, forwardedOn(stage), 3);
    }

    /** Cases past the notice were forwarded on Monday 28 November 2022. */
    private static LocalDate forwardedOn(ReviewStage stage) {
        return stage.isForwardedToCity() ? LocalDate.of(2022, 11, 28) : null;
    }

    static List<Transition> history(ReviewCase reviewCase) {
        return List.of(
                new Transition(reviewCase.id(), null, ReviewStage.DISTRICT_REVIEW, CaseAction.OPENED, "applicant-a", NOV_18, null),
                new Transition(reviewCase.id(), ReviewStage.DISTRICT_REVIEW, ReviewStage.DISTRICT_REVIEW, CaseAction.DISTRICT_SELECTED,
                        "reviewer-ganjingzi", NOV_21, "材料齐全，实地查验属实，推荐申报市级。"),
                new Transition(reviewCase.id(), ReviewStage.CITY_REVIEW, ReviewStage.APPROVAL, CaseAction.CITY_APPROVED, "city-reviewer",
                        DEC_01, "复审材料齐全，同意报请核准。"));
    }

    static ApplicationSubmitted application() {
        return new ApplicationSubmitted(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001"), "2022", "912102440580649631", UNIT,
                "210211", BRAND, UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                List.of(new ApplicationSubmitted.DeclaredYear(2021, 1120, new BigDecimal("86.50"), 1050, new BigDecimal("62"), 0, 0),
                        new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 1, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false), "applicant-a", NOV_18,
                CITY_BRAND, "金港家政服务师品牌创建于2015年，面向甘井子区及周边农村转移劳动力开展育婴、养老护理等家政技能培训。\n2021、2022年累计培训2400人，组织输出就业2240人。",
                new ApplicationSubmitted.UnitParticulars("大连市甘井子区中华西路18号", "王丽", "0411-86523456"), null);
    }

    static final Attachment SITE_PHOTO = new Attachment(UUID.fromString("2a3b4c5d-6e7f-4a81-9b2c-3d4e5f607181"), "培训场地现场照片.jpg");
    static final Attachment SPOT_CHECK_SHEET = new Attachment(UUID.fromString("2a3b4c5d-6e7f-4a81-9b2c-3d4e5f607182"), "花名册抽查记录.pdf");

    /**
     * The 甘井子 bureau's inspection of 金港 on 18 November 2022, concluded 查验属实: the checklist of {@link #assessment()}
     * at both levels, every item found true but the roster spot check, which found one trainee without a signature.
     */
    static InspectionRecord inspection(ReviewCase reviewCase) {
        List<CheckedItem> items = Checklist.of(Optional.of(assessment()), reviewCase.requestedLevels()).items().stream()
                .map(item -> item.code().equals("ROSTER_SPOT_CHECK")
                        ? new CheckedItem(item, Finding.DISCREPANCY, "抽查花名册 20 人，1 人培训签到记录缺少本人签字，单位已补充说明。")
                        : new CheckedItem(item, Finding.CONFIRMED, null))
                .toList();
        return new InspectionRecord(reviewCase.id(), LocalDate.of(2022, 11, 18), List.of("王立新", "刘佳"), items,
                List.of(SITE_PHOTO, SPOT_CHECK_SHEET),
                new Conclusion(true, "经实地查验，培训场地、培训台账及务工人员花名册与申报材料一致，查验属实。", "reviewer-ganjingzi", NOV_18_AFTERNOON),
                "reviewer-ganjingzi", NOV_18_AFTERNOON, 3);
    }

    /** Met at district level, not at city level: 2021's trainees short of 1000 on the roster. */
    static EligibilityAssessed assessment() {
        return new EligibilityAssessed(UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001"), "2022", "912102440580649631", "210211",
                "2022/v1",
                List.of(new EligibilityAssessed.LevelResult(BrandLevel.DISTRICT, true, List.of(
                                new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人", "≥ 500 人",
                                        "达到区级标准。", "980 人", false))),
                        new EligibilityAssessed.LevelResult(BrandLevel.CITY, false, List.of(
                                new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, false, "1120 人", "≥ 1000 人",
                                        "花名册核算 980 人，未达到市级标准。", "980 人", false)))),
                Set.of(BrandLevel.DISTRICT),
                List.of(new EligibilityAssessed.RiskFlag("LOST_DISPUTE_CASES", "2022 年劳动人事争议败诉案件 1 件，需审核人研判。", false)),
                NOV_21, "ROSTER");
    }
}
