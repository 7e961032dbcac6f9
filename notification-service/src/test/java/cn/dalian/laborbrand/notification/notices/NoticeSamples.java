package cn.dalian.laborbrand.notification.notices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.registry.BrandExitProposed;
import cn.dalian.laborbrand.contracts.registry.BrandExited;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.registry.RectificationReminderDue;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.notification.inbox.Recipient;

/**
 * Every event a notice comes from, in each of its variants (passed or not, each outcome), about one unit and brand, and a
 * reviewer's digest: what the templates are rendered with in their tests.
 */
final class NoticeSamples {

    /** As long as a brand's name gets (30 characters). */
    static final String LONG_BRAND = "大连市甘井子区金港现代家政服务与养老护理职业技能人才劳务品牌";
    /** As long as a unit's name gets: a branch with its training centre. */
    static final String LONG_UNIT = "大连金港人力资源服务有限公司甘井子区分公司（大连市甘井子区就业训练中心）";

    static final String ORG = "912102440580649631";
    static final String DISTRICT = "210211";
    static final String BANK_TRANSACTION = "DLBK20261201000123";
    static final String CERTIFICATE = "DL-LB-2026-DISTRICT-123456";
    static final String REVIEWER = "reviewer-ganjingzi";

    private NoticeSamples() {
    }

    /** Every notice the events about this unit and brand call for, and the district bureau's digest. */
    static List<Notice> notices(NoticeTemplates templates, String unit, String brand) {
        return Stream.concat(
                events(unit, brand).stream().flatMap(event -> Notices.of(event, templates).stream()),
                Stream.of(Notices.digest(Recipient.district(DISTRICT), digest(unit, brand), templates))).toList();
    }

    static ReviewDigest digest(String unit, String brand) {
        return new ReviewDigest(LocalDate.of(2026, 12, 1),
                List.of(new ReviewDigest.Waiting(unit, brand, "区级初审", LocalDate.of(2026, 11, 23), 7),
                        new ReviewDigest.Waiting("大连长兴岛海员外派服务有限公司", "长兴岛远洋海员劳务品牌", "整改答复审核", LocalDate.of(2026, 11, 27), 3)),
                List.of(new ReviewDigest.DueSoon(unit, brand, "公示期满", LocalDate.of(2026, 12, 2))));
    }

    static List<Object> events(String unit, String brand) {
        UUID application = UUID.fromString("5c8e1f2a-3b4d-4e6f-8a9b-0c1d2e3f4a5b");
        UUID caseId = UUID.fromString("6d9f2a3b-4c5e-4f70-9bac-1d2e3f4a5b6c");
        UUID brandId = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
        UUID rectification = UUID.fromString("7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01");
        UUID entitlement = UUID.fromString("8e4a3b21-6c8f-4d2b-a01f-3b7c9d5e2f12");
        ApplicationSubmitted submitted = new ApplicationSubmitted(application, "2026", ORG, unit, DISTRICT, brand,
                UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.CITY, BrandLevel.DISTRICT),
                List.of(new ApplicationSubmitted.DeclaredYear(2025, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                "applicant-a", Instant.parse("2026-11-15T02:30:00Z"), null, null, null, null);
        return List.of(
                submitted,
                new SupplementRequested(caseId, application, ORG, DISTRICT, Set.of(ApplicationPart.DECLARED_YEARS),
                        "2025 年度培训合格率与培训台账不一致，请核实后重新填写。", LocalDate.of(2026, 11, 23), 3, REVIEWER,
                        Instant.parse("2026-11-18T01:00:00Z")),
                new ApplicationResubmitted(application, 2, Set.of(ApplicationPart.DECLARED_YEARS), submitted),
                new ApplicationWithdrawn(application, "2026", ORG, DISTRICT, "本年度暂不申报。", "applicant-a", Instant.parse("2026-11-20T01:00:00Z")),
                new EligibilityAssessed(application, "2026", ORG, DISTRICT, "2026/v1", List.of(), Set.of(BrandLevel.DISTRICT),
                        List.of(new EligibilityAssessed.RiskFlag("UNFINISHED_RECTIFICATION",
                                "2025 年有 1 项劳动监察部门责令整改未完成事项，整改完成前不能认定。", true)),
                        Instant.parse("2026-11-15T02:31:00Z"), "DECLARED"),
                new EligibilityAssessed(application, "2026", ORG, DISTRICT, "2026/v1", List.of(), Set.of(), List.of(),
                        Instant.parse("2026-11-15T02:31:00Z"), "DECLARED"),
                new DistrictDecisionMade(caseId, application, ORG, DISTRICT, brand, true, true, null, REVIEWER, Instant.parse("2026-11-25T02:00:00Z")),
                new DistrictDecisionMade(caseId, application, ORG, DISTRICT, brand, false, false, "培训记录不完整，实地查验时未能提供 2025 年度培训签到表。",
                        REVIEWER, Instant.parse("2026-11-25T02:00:00Z")),
                new PublicityStarted(caseId, application, ORG, unit, DISTRICT, brand, Set.of(BrandLevel.DISTRICT),
                        LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2), 5),
                new PublicityEnded(caseId, application, ORG, DISTRICT, brand, LocalDate.of(2026, 12, 2), true),
                new ObjectionLodged(UUID.randomUUID(), caseId, application, ORG, DISTRICT, brand, Instant.parse("2026-11-30T07:15:00Z")),
                new ObjectionResolved(UUID.randomUUID(), caseId, application, ORG, DISTRICT, brand, "UPHELD_LEVEL_WITHDRAWN",
                        "经核实，该单位2025年输出就业人数未达到市级标准，撤回市级推荐。", REVIEWER, Instant.parse("2026-12-01T02:00:00Z")),
                new ObjectionResolved(UUID.randomUUID(), caseId, application, ORG, DISTRICT, brand, "DISMISSED",
                        "经实地核查，所反映的欠薪问题已由劳动监察部门处理完毕，异议不成立。", REVIEWER, Instant.parse("2026-12-01T02:00:00Z")),
                new ApplicationRejected(caseId, application, "2026", ORG, unit, DISTRICT, brand, "SUPPLEMENT_REQUESTED",
                        "逾期未补充材料。", "city-reviewer", Instant.parse("2026-12-10T02:00:00Z")),
                new BrandCertified(caseId, application, brandId, "2026", ORG, unit, DISTRICT, brand, BrandLevel.DISTRICT,
                        LocalDate.of(2026, 12, 20), "leading-group"),
                new BrandRegistered(brandId, application, ORG, unit, DISTRICT, brand, BrandLevel.DISTRICT, CERTIFICATE, LocalDate.of(2026, 12, 20)),
                new ProvincialCertificationRecorded(brandId, application, "2026", CERTIFICATE, ORG, unit, DISTRICT, brand,
                        CertificationLevel.PROVINCIAL, "辽人社〔2027〕145号", LocalDate.of(2027, 6, 12), null, "leading-group",
                        Instant.parse("2027-06-13T02:00:00Z")),
                new SubsidyEntitlementCreated(entitlement, brandId, application, ORG, unit, brand, BrandLevel.DISTRICT, 10_000_000L,
                        CertificationLevel.PROVINCIAL, Instant.parse("2027-06-13T02:00:00Z")),
                new SubsidyDisbursed(entitlement, brandId, application, ORG, unit, brand, CertificationLevel.PROVINCIAL, 10_000_000L,
                        UUID.randomUUID(), entitlement + ":1", BANK_TRANSACTION, Instant.parse("2027-11-30T17:10:00Z")),
                new SubsidyPaymentFailed(entitlement, brandId, application, ORG, unit, brand, CertificationLevel.PROVINCIAL, 10_000_000L,
                        UUID.randomUUID(), entitlement + ":1", "ACCOUNT_CLOSED", "收款账户已销户", Instant.parse("2027-11-28T06:30:05Z")),
                new RectificationOrdered(brandId, rectification, CERTIFICATE, ORG, unit, DISTRICT, brand,
                        Set.of("TOO_FEW_WORKERS", "POOR_TRAINING_QUALITY", "FALLING_COMPETITIVENESS", "LOW_RECOGNITION"),
                        "第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。", LocalDate.of(2026, 11, 2), 10,
                        LocalDate.of(2026, 11, 16), REVIEWER),
                new RectificationAnswered(brandId, rectification, ORG, DISTRICT, brand, 12, LocalDate.of(2026, 11, 12)),
                new RectificationExtended(brandId, rectification, ORG, DISTRICT, brand, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30),
                        "补充实操考核记录。", REVIEWER, LocalDate.of(2026, 11, 13)),
                new RectificationReminderDue(brandId, rectification, ORG, DISTRICT, brand, LocalDate.of(2026, 11, 30), 2),
                new RectificationClosed(brandId, rectification, CERTIFICATE, ORG, DISTRICT, brand, "ACCEPTED", null, REVIEWER, LocalDate.of(2026, 11, 27)),
                new RectificationClosed(brandId, rectification, CERTIFICATE, ORG, DISTRICT, brand, "FAILED", "整改后培训合格率仍低于标准。", REVIEWER,
                        LocalDate.of(2026, 11, 27)),
                new RectificationClosed(brandId, rectification, CERTIFICATE, ORG, DISTRICT, brand, "OVERDUE", "整改期限届满，未提交整改答复。", "system",
                        LocalDate.of(2026, 12, 1)),
                new BrandExitProposed(brandId, rectification, CERTIFICATE, ORG, DISTRICT, brand, "OVERDUE", "system", LocalDate.of(2026, 12, 1)),
                new BrandExited(brandId, CERTIFICATE, ORG, unit, DISTRICT, brand, BrandLevel.DISTRICT, "大就组发〔2026〕112号",
                        LocalDate.of(2026, 12, 21), "leading-group"));
    }
}
