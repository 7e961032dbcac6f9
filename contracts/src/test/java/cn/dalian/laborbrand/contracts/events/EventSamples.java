package cn.dalian.laborbrand.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.registry.BrandExitProposed;
import cn.dalian.laborbrand.contracts.registry.BrandExited;
import cn.dalian.laborbrand.contracts.registry.BrandProfileUpdated;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.registry.RectificationReminderDue;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.registry.ResourceProfile;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ObjectionLodged;
import cn.dalian.laborbrand.contracts.review.ObjectionResolved;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEntitlementCreated;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyPaymentFailed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** One payload of every event type, as its producer builds it for 大连金港人力资源服务有限公司's application. */
final class EventSamples {

    static final UUID APPLICATION = UUID.fromString("6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70");
    static final UUID CASE = UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081");
    static final UUID BRAND = UUID.fromString("8c3f2e50-7d4f-4a01-9c32-4d5e6f708192");
    static final UUID OBJECTION = UUID.fromString("3e5a7c91-2b4d-4f6a-8c1e-9d0b2a4c6e81");
    static final String ORG = "912102440580649631";
    static final String UNIT = "大连金港人力资源服务有限公司";
    static final String BRAND_NAME = "大连甘井子金港家政服务师劳务品牌";
    static final UUID RECTIFICATION = UUID.fromString("4f6b8d02-3c5e-4a7b-9d2f-0e1c3b5d7f92");
    static final String CERTIFICATE = "DL-LB-2022-CITY-0001";
    static final ResourceProfile PROFILE = new ResourceProfile("O", "80", "家庭服务", "O-80-01", 1280, new BigDecimal("12.5"),
            new BigDecimal("3560"), 1500, List.of("大连市", "沈阳市", "北京市"));

    static final ApplicationSubmitted SUBMISSION = new ApplicationSubmitted(APPLICATION, "2022", ORG, UNIT, "210211", BRAND_NAME,
            UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
            List.of(new ApplicationSubmitted.DeclaredYear(2021, 1120, new BigDecimal("86.5"), 1050, new BigDecimal("62.0"), 0, 0),
                    new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 1, 0)),
            new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
            "applicant-a", Instant.parse("2022-11-15T02:30:00Z"), "大连金港家政服务师劳务品牌",
            "金港家政服务师品牌创建于2015年，面向甘井子区及周边城乡劳动者开展母婴护理、养老护理等特色培训。",
            new ApplicationSubmitted.UnitParticulars("大连市甘井子区华北路 236 号", "王建国", "0411-86651234"),
            new ApplicationSubmitted.RosterSummary(UUID.fromString("5b8e2f0c-7a41-4d3e-9c61-2f0a8d7e4b19"),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2480,
                    List.of(new ApplicationSubmitted.RosterYear(2021, 1190, 1108, 958, 1046, 655, 12, 40, 0),
                            new ApplicationSubmitted.RosterYear(2022, 1290, 1261, 1112, 1180, 772, 14, 15, 3)), 0));

    static final Map<EventDefinition<?>, Object> PAYLOADS = Map.ofEntries(
            Map.entry(ApplicationEvents.SUBMITTED, SUBMISSION),
            Map.entry(ApplicationEvents.RESUBMITTED, new ApplicationResubmitted(APPLICATION, 1, Set.of(ApplicationPart.DECLARED_YEARS), SUBMISSION)),
            Map.entry(ApplicationEvents.WITHDRAWN, new ApplicationWithdrawn(APPLICATION, "2022", ORG, "210211", "品牌名称需重新论证，本年度暂不申报。",
                    "applicant-a", Instant.parse("2022-11-16T01:00:00Z"))),
            Map.entry(ApplicationEvents.CAMPAIGN_PUBLISHED, new CampaignPublished("2022", "2022年度劳务品牌申报认定", "大就办发〔2022〕9号",
                    List.of(2021, 2022), LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 2), 5, 0)),
            Map.entry(ApplicationEvents.ORGANISATION_CONTACTS_CHANGED, new OrganisationContactsChanged(ORG, UNIT, "210211", "王立新",
                    "hr@jingang-hr.example.com", "13940912345", 2, Instant.parse("2022-11-14T01:30:00Z"))),
            Map.entry(ReviewEvents.SUPPLEMENT_REQUESTED, new SupplementRequested(CASE, APPLICATION, ORG, "210211", Set.of(ApplicationPart.DECLARED_YEARS),
                    "2022 年度培训合格率与培训台账不一致，请核实后重新填写。", LocalDate.of(2022, 11, 23), 3, "reviewer-ganjingzi",
                    Instant.parse("2022-11-18T02:00:00Z"))),
            Map.entry(EligibilityEvents.ASSESSED, new EligibilityAssessed(APPLICATION, "2022", ORG, "210211", "2022/v1",
                    List.of(new EligibilityAssessed.LevelResult(BrandLevel.CITY, true, List.of(
                            new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人", "≥ 1000 人",
                                    "2021 年培训 1120 人，达到市级标准（≥ 1000 人）。", "1108 人", false),
                            new EligibilityAssessed.CriterionResult("COLLECTIVE_CONTRACT", "劳动规章制度健全，建立集体协商和集体合同制度",
                                    null, true, "是", "须具备", "已建立集体协商和集体合同制度。", null, null)))),
                    Set.of(BrandLevel.CITY),
                    List.of(new EligibilityAssessed.RiskFlag("LOST_DISPUTE_CASES", "2022 年有 1 件劳动人事争议败诉案件，需评审人员书面研判。", false)),
                    Instant.parse("2022-11-15T02:30:02Z"), "ROSTER")),
            Map.entry(ReviewEvents.DISTRICT_DECISION_MADE, new DistrictDecisionMade(CASE, APPLICATION, ORG, "210211", BRAND_NAME, true, true,
                    "材料齐全，实地查验属实，推荐申报市级。", "reviewer-ganjingzi", Instant.parse("2022-11-18T06:00:00Z"))),
            Map.entry(ReviewEvents.PUBLICITY_STARTED, new PublicityStarted(CASE, APPLICATION, ORG, UNIT, "210211", BRAND_NAME,
                    Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), LocalDate.of(2022, 11, 21), LocalDate.of(2022, 11, 25), 5)),
            Map.entry(ReviewEvents.PUBLICITY_ENDED, new PublicityEnded(CASE, APPLICATION, ORG, "210211", BRAND_NAME, LocalDate.of(2022, 11, 25), true)),
            Map.entry(ReviewEvents.APPLICATION_REJECTED, new ApplicationRejected(CASE, APPLICATION, "2022", ORG, UNIT, "210211", BRAND_NAME,
                    "CITY_REVIEW", "复审发现 2022 年度培训台账与花名册人数不符，经核实后不予通过。", "reviewer-city", Instant.parse("2022-11-30T03:00:00Z"))),
            Map.entry(ReviewEvents.OBJECTION_LODGED, new ObjectionLodged(OBJECTION, CASE, APPLICATION, ORG, "210211", BRAND_NAME,
                    Instant.parse("2022-11-22T07:15:00Z"))),
            Map.entry(ReviewEvents.OBJECTION_RESOLVED, new ObjectionResolved(OBJECTION, CASE, APPLICATION, ORG, "210211", BRAND_NAME, "DISMISSED",
                    "经实地核查，所反映的欠薪问题已于 2022 年 6 月由劳动监察部门处理完毕，异议不成立。", "reviewer-ganjingzi",
                    Instant.parse("2022-11-24T02:00:00Z"))),
            Map.entry(ReviewEvents.BRAND_CERTIFIED, new BrandCertified(BRAND, CASE, APPLICATION, "2022", ORG, UNIT, "210211", BRAND_NAME,
                    BrandLevel.CITY, LocalDate.of(2022, 12, 20), "leading-group")),
            Map.entry(RegistryEvents.BRAND_REGISTERED, new BrandRegistered(BRAND, APPLICATION, ORG, UNIT, "210211", BRAND_NAME, BrandLevel.CITY,
                    "DL-LB-2022-CITY-0001", LocalDate.of(2022, 12, 20))),
            Map.entry(SubsidyEvents.ENTITLEMENT_CREATED, new SubsidyEntitlementCreated(UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3"),
                    BRAND, APPLICATION, ORG, UNIT, BRAND_NAME, BrandLevel.CITY, 5_000_000L, CertificationLevel.CITY,
                    Instant.parse("2022-12-20T08:00:00Z"))),
            Map.entry(SubsidyEvents.DISBURSED, new SubsidyDisbursed(UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3"), BRAND,
                    APPLICATION, ORG, UNIT, BRAND_NAME, CertificationLevel.CITY, 5_000_000L, UUID.fromString("3e1d2c4b-6a5f-4e7d-8c9b-0a1b2c3d4e5f"),
                    "9d403f61-8e50-4b12-8d43-5e6f708192a3:1", "DLBK202301100000123", Instant.parse("2023-01-10T06:30:00Z"))),
            Map.entry(SubsidyEvents.PAYMENT_FAILED, new SubsidyPaymentFailed(UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3"), BRAND,
                    APPLICATION, ORG, UNIT, BRAND_NAME, CertificationLevel.CITY, 5_000_000L, UUID.fromString("3e1d2c4b-6a5f-4e7d-8c9b-0a1b2c3d4e5f"),
                    "9d403f61-8e50-4b12-8d43-5e6f708192a3:1", "ACCOUNT_CLOSED", "收款账户已销户，请核实收款账户后重新发起支付。",
                    Instant.parse("2023-01-10T06:30:00Z"))),
            Map.entry(RegistryEvents.BRAND_PROFILE_UPDATED, new BrandProfileUpdated(BRAND, CERTIFICATE, ORG, "210211", BRAND_NAME, PROFILE,
                    "reviewer-ganjingzi", Instant.parse("2023-01-10T02:00:00Z"))),
            Map.entry(RegistryEvents.YEARLY_REPORT_ACCEPTED, new YearlyReportAccepted(BRAND, CERTIFICATE, ORG, "210211", BRAND_NAME, 2023, PROFILE,
                    new YearlyReportAccepted.RosterCounts(1350, 1298, 1210), "reviewer-ganjingzi", Instant.parse("2024-01-20T02:00:00Z"))),
            Map.entry(RegistryEvents.RECTIFICATION_ORDERED, new RectificationOrdered(BRAND, RECTIFICATION, CERTIFICATE, ORG, UNIT, "210211", BRAND_NAME,
                    Set.of("POOR_TRAINING_QUALITY", "TOO_FEW_WORKERS"), "2023 年度电话回访就业确认率仅 41%，培训合格率明显下降，请限期整改。",
                    LocalDate.of(2024, 3, 4), 20, LocalDate.of(2024, 4, 1), "reviewer-ganjingzi")),
            Map.entry(RegistryEvents.RECTIFICATION_ANSWERED, new RectificationAnswered(BRAND, RECTIFICATION, ORG, "210211", BRAND_NAME, 2,
                    LocalDate.of(2024, 3, 25))),
            Map.entry(RegistryEvents.RECTIFICATION_EXTENDED, new RectificationExtended(BRAND, RECTIFICATION, ORG, "210211", BRAND_NAME,
                    LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 15), "培训基地改造工期顺延，同意延期 10 个工作日。", "reviewer-ganjingzi",
                    LocalDate.of(2024, 3, 28))),
            Map.entry(RegistryEvents.RECTIFICATION_REMINDER_DUE, new RectificationReminderDue(BRAND, RECTIFICATION, ORG, "210211", BRAND_NAME,
                    LocalDate.of(2024, 4, 1), 3)),
            Map.entry(RegistryEvents.RECTIFICATION_CLOSED, new RectificationClosed(BRAND, RECTIFICATION, CERTIFICATE, ORG, "210211", BRAND_NAME,
                    "FAILED", "整改材料未能说明培训质量已改善。", "reviewer-ganjingzi", LocalDate.of(2024, 4, 16))),
            Map.entry(RegistryEvents.EXIT_PROPOSED, new BrandExitProposed(BRAND, RECTIFICATION, CERTIFICATE, ORG, "210211", BRAND_NAME, "FAILED",
                    "reviewer-ganjingzi", LocalDate.of(2024, 4, 16))),
            Map.entry(RegistryEvents.BRAND_EXITED, new BrandExited(BRAND, CERTIFICATE, ORG, UNIT, "210211", BRAND_NAME, BrandLevel.CITY,
                    "大就组发〔2024〕3号", LocalDate.of(2024, 5, 10), "leading-group")),
            Map.entry(RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED, new ProvincialCertificationRecorded(BRAND, APPLICATION, "2022", CERTIFICATE,
                    ORG, UNIT, "210211", BRAND_NAME, CertificationLevel.PROVINCIAL, "辽人社〔2023〕15号", LocalDate.of(2023, 6, 30),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "leading-group", Instant.parse("2023-07-05T02:00:00Z"))));

    private EventSamples() {
    }

    static <P> EventEnvelope<P> envelope(EventDefinition<P> definition, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), definition.type(), definition.version(),
                Instant.parse("2022-11-15T02:30:00Z"), definition.producer(), APPLICATION.toString(), "spa-20221115-0001", payload);
    }

    @SuppressWarnings("unchecked")
    static <P> P payloadOf(EventDefinition<P> definition) {
        return (P) PAYLOADS.get(definition);
    }
}
