package cn.dalian.laborbrand.notification.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
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
import cn.dalian.laborbrand.platform.security.Role;

class NoticesTest {

    /** The embedded default's address (laborbrand.notification.platform-url): the wording, not the link, is under test here. */
    private static final NoticeTemplates TEMPLATES = new NoticeTemplates("http://localhost:8080");

    private static List<Notice> notices(Object event) {
        return Notices.of(event, TEMPLATES);
    }

    private static final String ORG = "912102440580649631";
    private static final String BRAND = "大连甘井子金港家政服务师劳务品牌";

    @Test
    void aSubmissionTellsTheUnitItArrivedAndTheDistrictBureauThatWorkAwaits() {
        var submitted = new ApplicationSubmitted(UUID.randomUUID(), "2022", ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.CITY, BrandLevel.DISTRICT),
                List.of(new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("88.2"), 1190, new BigDecimal("65.4"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                "applicant-a", Instant.parse("2022-11-15T02:30:00Z"), null, null, null, null);

        List<Notice> notices = notices(submitted);

        assertThat(notices).extracting(Notice::recipient)
                .containsExactly(Recipient.organisation(ORG), Recipient.district("210211"));
        assertThat(notices.get(0).body()).isEqualTo(
                "您单位的「大连甘井子金港家政服务师劳务品牌」劳务品牌申报书（申报层级：区级、市级）已于2022年11月15日提交至注册地人社部门，请留意审核进展。");
        assertThat(notices.get(1).body()).startsWith("大连金港人力资源服务有限公司提交了「大连甘井子金港家政服务师劳务品牌」");
    }

    @Test
    void aSupplementRequestTellsTheUnitWhatToAddAndByWhenAndItsResubmissionTellsTheDistrict() {
        UUID application = UUID.randomUUID();
        var requested = new SupplementRequested(UUID.randomUUID(), application, ORG, "210211", Set.of(ApplicationPart.DECLARED_YEARS),
                "2022 年度培训合格率与培训台账不一致，请核实后重新填写。", LocalDate.of(2022, 11, 23), 3, "reviewer-ganjingzi", Instant.now());

        assertThat(notices(requested)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
            assertThat(notice.title()).isEqualTo("需补充申报材料");
            assertThat(notice.body()).isEqualTo("区人社部门请您单位补充：各年度培训与就业数据。2022 年度培训合格率与培训台账不一致，请核实后重新填写。"
                    + " 请于2022年11月23日前修改后重新提交。");
        });

        var submitted = new ApplicationSubmitted(application, "2022", ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                UnitType.HR_SERVICE_AGENCY, Set.of(BrandLevel.DISTRICT),
                List.of(new ApplicationSubmitted.DeclaredYear(2022, 1280, new BigDecimal("84.1"), 1190, new BigDecimal("65.4"), 0, 0)),
                new ApplicationSubmitted.LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 2, false),
                "applicant-a", Instant.parse("2022-11-21T02:30:00Z"), null, null, null, null);
        assertThat(notices(new ApplicationResubmitted(application, 1, Set.of(ApplicationPart.DECLARED_YEARS), submitted)))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.district("210211"));
                    assertThat(notice.body()).isEqualTo("大连金港人力资源服务有限公司已按要求补充「大连甘井子金港家政服务师劳务品牌」的申报材料（第 1 次），请继续审核。");
                });
        assertThat(notices(new ApplicationWithdrawn(application, "2022", ORG, "210211", "本年度暂不申报。", "applicant-a", Instant.now())))
                .singleElement().extracting(Notice::title).isEqualTo("申报已撤回");
    }

    @Test
    void aDistrictDecisionTellsTheUnitWhetherItGoesOn() {
        var selected = new DistrictDecisionMade(UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND, true, true, null,
                "reviewer-ganjingzi", Instant.now());
        var notSelected = new DistrictDecisionMade(UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND, false, false,
                "培训记录不完整。", "reviewer-ganjingzi", Instant.now());

        assertThat(notices(selected)).singleElement().extracting(Notice::body)
                .isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」已通过区级初审，并被推荐申报市级劳务品牌，下一步将进行公示。");
        assertThat(notices(notSelected)).singleElement().extracting(Notice::body)
                .isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」未通过区级初审。审核意见：培训记录不完整。");
    }

    @Test
    void theNoticeWindowIsToldInDaysPeopleRead() {
        var started = new PublicityStarted(UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                Set.of(BrandLevel.DISTRICT), LocalDate.of(2022, 9, 29), LocalDate.of(2022, 10, 10), 5);

        assertThat(notices(started)).singleElement().extracting(Notice::body)
                .isEqualTo("「大连甘井子金港家政服务师劳务品牌」自2022年9月29日起公示，至2022年10月10日止（5 个工作日）。");
    }

    @Test
    void anEndedNoticeAlsoGivesTheCityBureauItsWork() {
        var ended = new PublicityEnded(UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND, LocalDate.of(2022, 11, 25), true);

        assertThat(notices(ended)).extracting(Notice::recipient)
                .containsExactly(Recipient.organisation(ORG), Recipient.role(Role.CITY_REVIEWER));
    }

    @Test
    void theCertificateNumberAndTheSubsidyAmountReachTheUnit() {
        var registered = new BrandRegistered(UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                BrandLevel.CITY, "DL-LB-2022-CITY-0001", LocalDate.of(2022, 12, 20));
        var entitled = new SubsidyEntitlementCreated(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ORG,
                "大连金港人力资源服务有限公司", BRAND, BrandLevel.CITY, 5_000_000L, CertificationLevel.CITY, Instant.now());

        assertThat(notices(registered)).singleElement().extracting(Notice::body).asString().contains("DL-LB-2022-CITY-0001");
        assertThat(notices(entitled)).extracting(Notice::recipient)
                .containsExactly(Recipient.organisation(ORG), Recipient.role(Role.FINANCE_CLERK));
        assertThat(notices(entitled).get(0).body()).contains("¥50,000.00");
    }

    @Test
    void theProvincesCertificationReachesTheUnitAndFinanceAndItsSubsidyIsNamedProvincial() {
        // given the province's certification of a city-level brand, recorded by the leading group office
        var recorded = new ProvincialCertificationRecorded(UUID.randomUUID(), UUID.randomUUID(), "2022", "DL-LB-2022-CITY-0001", ORG,
                "大连金港人力资源服务有限公司", "210211", BRAND, CertificationLevel.PROVINCIAL, "辽人社〔2023〕45号", LocalDate.of(2023, 6, 12), null,
                "leading-group", Instant.now());
        var entitled = new SubsidyEntitlementCreated(UUID.randomUUID(), recorded.brandId(), recorded.applicationId(), ORG,
                "大连金港人力资源服务有限公司", BRAND, BrandLevel.CITY, 10_000_000L, CertificationLevel.PROVINCIAL, Instant.now());

        // then the unit reads the decision with its reference, finance hears of the subsidy to come
        assertThat(notices(recorded)).extracting(Notice::recipient)
                .containsExactly(Recipient.organisation(ORG), Recipient.role(Role.FINANCE_CLERK));
        assertThat(notices(recorded).get(0).body()).contains("2023年6月12日").contains("省级劳务品牌").contains("辽人社〔2023〕45号");
        // and its subsidy is the province's ¥100,000, not a city one
        assertThat(notices(entitled).get(0).body()).contains("省级劳务品牌").contains("¥100,000.00").doesNotContain("市级");
    }

    @Test
    void aSubsidyPaidTellsTheUnitTheLevelTheAmountAndTheDayInDalianWithTheBanksTransactionNumber() {
        // given the city's subsidy confirmed by the payment system at 01:10 on 1 December in Dalian (still 30 November in UTC)
        UUID entitlement = UUID.randomUUID();
        var disbursed = new SubsidyDisbursed(entitlement, UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", BRAND,
                CertificationLevel.CITY, 5_000_000L, UUID.randomUUID(), entitlement + ":1", "DLBK20261201000123",
                Instant.parse("2026-11-30T17:10:00Z"));

        // then only the unit hears of it, in the words it reads
        assertThat(notices(disbursed)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
            assertThat(notice.title()).isEqualTo("劳务品牌一次性奖补资金已拨付");
            assertThat(notice.body()).isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」市级劳务品牌一次性奖补资金 ¥50,000.00 已于2026年12月1日"
                    + "拨付至单位银行账户（银行流水号 DLBK20261201000123），请注意查收。");
        });
    }

    @Test
    void theProvincesSubsidyPaidIsNamedProvincial() {
        UUID entitlement = UUID.randomUUID();
        var disbursed = new SubsidyDisbursed(entitlement, UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", BRAND,
                CertificationLevel.PROVINCIAL, 10_000_000L, UUID.randomUUID(), entitlement + ":1", "DLBK20270315000456",
                Instant.parse("2027-03-15T02:00:00Z"));

        assertThat(notices(disbursed).get(0).body()).contains("省级劳务品牌一次性奖补资金 ¥100,000.00 已于2027年3月15日").doesNotContain("市级");
    }

    @Test
    void aFailedPaymentTellsFinanceClerksTheUnitTheAmountTheReasonAndWhatToDo() {
        // given the payment system refused the payment for good: the unit's account is closed
        UUID entitlement = UUID.randomUUID();
        var failed = new SubsidyPaymentFailed(entitlement, UUID.randomUUID(), UUID.randomUUID(), ORG, "大连金港人力资源服务有限公司", BRAND,
                CertificationLevel.CITY, 5_000_000L, UUID.randomUUID(), entitlement + ":1", "ACCOUNT_CLOSED", "收款账户已销户",
                Instant.parse("2026-12-01T06:30:05Z"));

        // then the finance clerks (not the unit) read what failed, why, and that they re-batch after checking the account
        assertThat(notices(failed)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.role(Role.FINANCE_CLERK));
            assertThat(notice.title()).isEqualTo("奖补资金支付失败");
            assertThat(notice.body()).isEqualTo("大连金港人力资源服务有限公司「大连甘井子金港家政服务师劳务品牌」市级劳务品牌一次性奖补 ¥50,000.00 于2026年12月1日支付失败"
                    + "（业务参考号 " + entitlement + ":1），原因：收款账户已销户（ACCOUNT_CLOSED）。资金未拨出，预算占用已释放；请核实收款账户后重新组批。");
        });
    }

    @Test
    void anObjectionDuringTheNoticeTellsTheDistrictBureauToInvestigate() {
        var lodged = new ObjectionLodged(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND,
                Instant.parse("2026-12-02T07:15:00Z"));

        assertThat(notices(lodged)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.district("210211"));
            assertThat(notice.title()).isEqualTo("公示期间收到异议");
            assertThat(notice.body()).isEqualTo("「大连甘井子金港家政服务师劳务品牌」公示期间于2026年12月2日收到一件异议，请及时调查核实；"
                    + "异议办结前，该申报不报送市级复审。");
        });
    }

    @Test
    void theUnitLearnsTheOutcomeOfAnObjectionWithTheDistrictsFinding() {
        var dismissed = new ObjectionResolved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND, "DISMISSED",
                "经实地核查，所反映的欠薪问题已于2026年6月由劳动监察部门处理完毕，异议不成立。", "reviewer-ganjingzi", Instant.now());
        var upheld = new ObjectionResolved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ORG, "210211", BRAND,
                "UPHELD_LEVEL_WITHDRAWN", "经核实，该单位2025年输出就业人数未达到市级标准，撤回市级推荐。", "reviewer-ganjingzi", Instant.now());

        assertThat(notices(dismissed)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
            assertThat(notice.title()).isEqualTo("公示异议处理结果");
            assertThat(notice.body()).isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」公示期间收到的异议已由区人社部门调查核实：异议不成立，评审继续进行。"
                    + "调查核实结论：经实地核查，所反映的欠薪问题已于2026年6月由劳动监察部门处理完毕，异议不成立。");
        });
        assertThat(notices(upheld)).singleElement().extracting(Notice::body).asString()
                .contains("异议成立，区人社部门撤回市级推荐，该品牌按区级继续评审");
    }

    @Test
    void aRejectionTellsTheUnitTheStageAndTheReason() {
        var rejected = new ApplicationRejected(UUID.randomUUID(), UUID.randomUUID(), "2026", ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                "CITY_REVIEW", "复审发现 2025 年度培训台账与花名册人数不符，经核实后不予通过。", "city-reviewer", Instant.now());

        assertThat(notices(rejected)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
            assertThat(notice.title()).isEqualTo("申报未通过");
            assertThat(notice.body()).isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」劳务品牌申报在市级复审阶段未通过。"
                    + "理由：复审发现 2025 年度培训台账与花名册人数不符，经核实后不予通过。");
        });
    }

    private static final UUID BRAND_ID = UUID.fromString("3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61");
    private static final UUID RECTIFICATION = UUID.fromString("7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01");
    private static final String NUMBER = "DL-LB-2022-CITY-0001";

    @Test
    void aRectificationOrderTellsTheUnitWhyWhatAndByWhen() {
        var ordered = new RectificationOrdered(BRAND_ID, RECTIFICATION, NUMBER, ORG, "大连金港人力资源服务有限公司", "210211", BRAND,
                Set.of("TOO_FEW_WORKERS", "POOR_TRAINING_QUALITY"), "第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。",
                LocalDate.of(2026, 11, 2), 5, LocalDate.of(2026, 11, 9), "reviewer-ganjingzi");

        assertThat(notices(ordered)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
            assertThat(notice.title()).isEqualTo("限期整改通知");
            assertThat(notice.body()).isEqualTo("您单位的「大连甘井子金港家政服务师劳务品牌」劳务品牌（证书编号 DL-LB-2022-CITY-0001）被责令限期整改，"
                    + "原因：培训质量差、务工人员数量过少。情况说明：第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。"
                    + " 请于2026年11月9日前（5 个工作日）完成整改，并在平台提交整改情况和佐证材料；逾期未整改的，将提出退出建议。");
        });
    }

    @Test
    void anAnswerGoesToTheDistrictBureauAndAReminderOrExtensionToTheUnit() {
        assertThat(notices(new RectificationAnswered(BRAND_ID, RECTIFICATION, ORG, "210211", BRAND, 2, LocalDate.of(2026, 11, 5))))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.district("210211"));
                    assertThat(notice.body()).isEqualTo("「大连甘井子金港家政服务师劳务品牌」已于2026年11月5日提交整改答复（佐证材料 2 份），请审核：通过、不通过或延期。");
                });
        assertThat(notices(new RectificationReminderDue(BRAND_ID, RECTIFICATION, ORG, "210211", BRAND, LocalDate.of(2026, 11, 9), 3)))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
                    assertThat(notice.title()).isEqualTo("整改期限提醒");
                    assertThat(notice.body()).contains("整改期限为2026年11月9日，此后还有 3 个工作日");
                });
        assertThat(notices(new RectificationExtended(BRAND_ID, RECTIFICATION, ORG, "210211", BRAND, LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 16), "补充实操考核记录。", "reviewer-ganjingzi", LocalDate.of(2026, 11, 6))))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
                    assertThat(notice.body()).startsWith("「大连甘井子金港家政服务师劳务品牌」的整改期限由2026年11月9日延长至2026年11月16日。理由：补充实操考核记录。");
                });
    }

    @Test
    void aClosedRectificationTellsTheUnitTheOutcomeAndAnExitProposalGoesToTheLeadingGroup() {
        assertThat(notices(new RectificationClosed(BRAND_ID, RECTIFICATION, NUMBER, ORG, "210211", BRAND, "ACCEPTED", "整改到位。",
                "reviewer-ganjingzi", LocalDate.of(2026, 11, 6)))).singleElement().extracting(Notice::body)
                .isEqualTo("「大连甘井子金港家政服务师劳务品牌」的整改已于2026年11月6日通过审核，品牌恢复有效状态。审核意见：整改到位。");
        assertThat(notices(new RectificationClosed(BRAND_ID, RECTIFICATION, NUMBER, ORG, "210211", BRAND, "OVERDUE", "整改期限届满，未提交整改答复。",
                "system", LocalDate.of(2026, 11, 10)))).singleElement().extracting(Notice::body).asString()
                .contains("按逾期未整改办结", "由市就业工作领导小组审定");

        assertThat(notices(new BrandExitProposed(BRAND_ID, RECTIFICATION, NUMBER, ORG, "210211", BRAND, "FAILED", "reviewer-ganjingzi",
                LocalDate.of(2026, 11, 6)))).singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.role(Role.LEADING_GROUP));
                    assertThat(notice.body()).isEqualTo("「大连甘井子金港家政服务师劳务品牌」（证书编号 DL-LB-2022-CITY-0001）因整改未通过，于2026年11月6日提出退出建议，请审定。");
                });
    }

    @Test
    void anExitTellsTheUnitTheDecisionAndThatItsCertificateNoLongerStands() {
        assertThat(notices(new BrandExited(BRAND_ID, NUMBER, ORG, "大连金港人力资源服务有限公司", "210211", BRAND, BrandLevel.CITY,
                "大就组发〔2026〕12号", LocalDate.of(2026, 11, 20), "leading-group"))).singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(Recipient.organisation(ORG));
                    assertThat(notice.body()).isEqualTo("根据市就业工作领导小组决定（大就组发〔2026〕12号），您单位的「大连甘井子金港家政服务师劳务品牌」劳务品牌"
                            + "（证书编号 DL-LB-2022-CITY-0001）自2026年11月20日起退出大连市劳务品牌库，证书不再有效。");
                });
    }
}
