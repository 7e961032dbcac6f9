package cn.dalian.laborbrand.notification.notices;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * Who must know what at each step, in the words they read: the applicant unit at every step of its
 * application (a rejection with its reason and stage, the outcome of an objection against its brand), the district
 * bureau when an application arrives and is pre-checked and when the public objects during a notice, the city bureau
 * when a notice ends, the unit and finance when the province's certification is recorded, finance when a subsidy is due, the unit
 * when it is paid, finance when its payment failed; under
 * dynamic management the unit at each step of a rectification
 * and at its exit, the district bureau when an answer awaits review, the leading group when an exit is proposed.
 */
public final class Notices {

    private static final ZoneId DALIAN = ZoneId.of("Asia/Shanghai");

    /** The stages an application can be rejected at ({@code ApplicationRejected.stage}), as the unit reads them. */
    private static final Map<String, String> STAGES = Map.of(
            "DISTRICT_REVIEW", "区级初审",
            "SUPPLEMENT_REQUESTED", "补充材料",
            "PUBLICITY", "公示",
            "CITY_REVIEW", "市级复审",
            "APPROVAL", "核准认定");

    /** What the district found ({@code ObjectionResolved.outcome}), as the unit reads it. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "UPHELD_REJECTED", "异议成立，该申报不予认定",
            "UPHELD_LEVEL_WITHDRAWN", "异议成立，区人社部门撤回市级推荐，该品牌按区级继续评审",
            "DISMISSED", "异议不成立，评审继续进行");

    /** The notice's grounds for rectification ({@code RectificationOrdered.reasons}), as the unit reads them. */
    private static final Map<String, String> RECTIFICATION_REASONS = Map.of(
            "POOR_TRAINING_QUALITY", "培训质量差",
            "TOO_FEW_WORKERS", "务工人员数量过少",
            "FALLING_COMPETITIVENESS", "竞争力下降",
            "LOW_RECOGNITION", "认可度不高");

    /** Why an exit is proposed ({@code BrandExitProposed.cause}, {@code RectificationClosed.outcome}). */
    private static final Map<String, String> EXIT_CAUSES = Map.of(
            "OVERDUE", "逾期未整改",
            "FAILED", "整改未通过");

    private Notices() {
    }

    /** The notices an event calls for; none for an event nobody needs to hear of. */
    public static List<Notice> of(Object event) {
        return switch (event) {
            case ApplicationSubmitted e -> submitted(e);
            case SupplementRequested e -> supplementRequested(e);
            case ApplicationResubmitted e -> resubmitted(e);
            case ApplicationWithdrawn e -> withdrawn(e);
            case EligibilityAssessed e -> assessed(e);
            case DistrictDecisionMade e -> decided(e);
            case PublicityStarted e -> publicityStarted(e);
            case PublicityEnded e -> publicityEnded(e);
            case ObjectionLodged e -> objectionLodged(e);
            case ObjectionResolved e -> objectionResolved(e);
            case ApplicationRejected e -> rejected(e);
            case BrandCertified e -> certified(e);
            case BrandRegistered e -> registered(e);
            case ProvincialCertificationRecorded e -> provincial(e);
            case SubsidyEntitlementCreated e -> entitled(e);
            case SubsidyDisbursed e -> disbursed(e);
            case SubsidyPaymentFailed e -> paymentFailed(e);
            case RectificationOrdered e -> rectificationOrdered(e);
            case RectificationAnswered e -> rectificationAnswered(e);
            case RectificationExtended e -> rectificationExtended(e);
            case RectificationReminderDue e -> rectificationReminder(e);
            case RectificationClosed e -> rectificationClosed(e);
            case BrandExitProposed e -> exitProposed(e);
            case BrandExited e -> exited(e);
            default -> List.of();
        };
    }

    private static List<Notice> submitted(ApplicationSubmitted e) {
        return List.of(
                notice(Recipient.organisation(e.orgId()), NoticeKind.APPLICATION_SUBMITTED, "申报书已提交",
                        "您单位的「" + e.brandName() + "」劳务品牌申报书（申报层级：" + levels(e.requestedLevels()) + "）已于"
                                + day(e.submittedAt().atZone(DALIAN).toLocalDate()) + "提交至注册地人社部门，请留意审核进展。"),
                notice(Recipient.district(e.district()), NoticeKind.NEW_APPLICATION, "新的待审申报",
                        e.unitName() + "提交了「" + e.brandName() + "」劳务品牌申报（申报层级：" + levels(e.requestedLevels())
                                + "），请及时审核并组织实地查验。"));
    }

    private static List<Notice> supplementRequested(SupplementRequested e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.SUPPLEMENT_REQUESTED, "需补充申报材料",
                "区人社部门请您单位补充：" + e.parts().stream().sorted().map(ApplicationPart::label).collect(Collectors.joining("、")) + "。"
                        + e.note() + " 请于" + day(e.dueOn()) + "前修改后重新提交。"));
    }

    private static List<Notice> resubmitted(ApplicationResubmitted e) {
        ApplicationSubmitted application = e.application();
        return List.of(notice(Recipient.district(application.district()), NoticeKind.APPLICATION_RESUBMITTED, "补充材料已重新提交",
                application.unitName() + "已按要求补充「" + application.brandName() + "」的申报材料（第 " + e.round() + " 次），请继续审核。"));
    }

    private static List<Notice> withdrawn(ApplicationWithdrawn e) {
        return List.of(notice(Recipient.district(e.district()), NoticeKind.APPLICATION_WITHDRAWN, "申报已撤回",
                "申报书 " + e.applicationId() + " 已由申报单位撤回，原因：" + e.reason()));
    }

    private static List<Notice> assessed(EligibilityAssessed e) {
        String outcome = e.levelsMet().isEmpty() ? "申报数据未达到所申报层级的认定标准"
                : "申报数据达到" + levels(e.levelsMet()) + "认定标准";
        String flags = e.riskFlags().isEmpty() ? "" : "；另有 " + e.riskFlags().size() + " 项风险提示需研判";
        return List.of(notice(Recipient.district(e.district()), NoticeKind.ELIGIBILITY_ASSESSED, "系统预审完成",
                "申报书 " + e.applicationId() + " 的系统预审已完成：" + outcome + flags + "。详见预审结果。"));
    }

    private static List<Notice> decided(DistrictDecisionMade e) {
        String body = e.districtLevelSelected()
                ? "您单位的「" + e.brandName() + "」已通过区级初审" + (e.cityRecommended() ? "，并被推荐申报市级劳务品牌" : "")
                        + "，下一步将进行公示。"
                : "您单位的「" + e.brandName() + "」未通过区级初审。" + (e.comment() == null ? "" : "审核意见：" + e.comment());
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.DISTRICT_DECISION, "区级初审结果", body));
    }

    private static List<Notice> publicityStarted(PublicityStarted e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.PUBLICITY_STARTED, "公示开始",
                "「" + e.brandName() + "」自" + day(e.startsOn()) + "起公示，至" + day(e.endsOn()) + "止（" + e.workingDays()
                        + " 个工作日）。"));
    }

    private static List<Notice> publicityEnded(PublicityEnded e) {
        List<Notice> notices = new ArrayList<>();
        notices.add(notice(Recipient.organisation(e.orgId()), NoticeKind.PUBLICITY_ENDED, "公示期满",
                "「" + e.brandName() + "」公示已于" + day(e.endedOn()) + "期满" + (e.forwardedToCity() ? "，已报送市人社局复审。" : "。")));
        if (e.forwardedToCity()) {
            notices.add(notice(Recipient.role(Role.CITY_REVIEWER), NoticeKind.CITY_REVIEW_DUE, "新的复审任务",
                    "「" + e.brandName() + "」公示期满无异议，已由区人社部门报送，请进行市级复审。"));
        }
        return notices;
    }

    private static List<Notice> objectionLodged(ObjectionLodged e) {
        return List.of(notice(Recipient.district(e.district()), NoticeKind.OBJECTION_LODGED, "公示期间收到异议",
                "「" + e.brandName() + "」公示期间于" + day(e.lodgedAt().atZone(DALIAN).toLocalDate()) + "收到一件异议，请及时调查核实；"
                        + "异议办结前，该申报不报送市级复审。"));
    }

    private static List<Notice> objectionResolved(ObjectionResolved e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.OBJECTION_RESOLVED, "公示异议处理结果",
                "您单位的「" + e.brandName() + "」公示期间收到的异议已由区人社部门调查核实：" + OUTCOMES.getOrDefault(e.outcome(), e.outcome())
                        + "。调查核实结论：" + e.finding()));
    }

    private static List<Notice> rejected(ApplicationRejected e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.APPLICATION_REJECTED, "申报未通过",
                "您单位的「" + e.brandName() + "」劳务品牌申报在" + STAGES.getOrDefault(e.stage(), e.stage()) + "阶段未通过。理由：" + e.reason()));
    }

    private static List<Notice> certified(BrandCertified e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.BRAND_CERTIFIED, "劳务品牌认定通过",
                "您单位的「" + e.brandName() + "」已于" + day(e.decisionDate()) + "被认定为" + e.level().label() + "劳务品牌。"));
    }

    private static List<Notice> registered(BrandRegistered e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.CERTIFICATE_ISSUED, "证书已颁发",
                "「" + e.brandName() + "」已列入大连市劳务品牌库，证书编号 " + e.certificateNumber() + "。"));
    }

    /** The province's decision reaches the unit, and finance, for the provincial subsidy it brings. */
    private static List<Notice> provincial(ProvincialCertificationRecorded e) {
        return List.of(
                notice(Recipient.organisation(e.orgId()), NoticeKind.PROVINCIAL_CERTIFICATION_RECORDED, "省级劳务品牌认定已登记",
                        "您单位的「" + e.brandName() + "」已于" + day(e.decidedOn()) + "被认定为省级劳务品牌（" + e.decisionReference()
                                + "），已记入大连市劳务品牌库，证书编号 " + e.certificateNumber() + "。省级一次性奖补经财务审核后拨付。"),
                notice(Recipient.role(Role.FINANCE_CLERK), NoticeKind.PROVINCIAL_SUBSIDY_COMING, "省级劳务品牌认定",
                        e.unitName() + "「" + e.brandName() + "」获评省级劳务品牌（" + e.decisionReference() + "），将生成省级一次性奖补，请留意经办。"));
    }

    /** Named by the certification it pays for: a provincial subsidy is the province's, whatever the brand's Dalian level. */
    private static List<Notice> entitled(SubsidyEntitlementCreated e) {
        String amount = new Money(e.amountFen()).display();
        String level = e.certification().label();
        return List.of(
                notice(Recipient.organisation(e.orgId()), NoticeKind.SUBSIDY_GRANTED, "一次性奖补",
                        "「" + e.brandName() + "」作为新认定的" + level + "劳务品牌，可获一次性奖补 " + amount + "，经财务审核后拨付。"),
                notice(Recipient.role(Role.FINANCE_CLERK), NoticeKind.SUBSIDY_TO_PROCESS, "新的奖补待经办",
                        e.unitName() + "「" + e.brandName() + "」" + level + "劳务品牌一次性奖补 " + amount + "，请经办。"));
    }

    /** The unit hears its subsidy reached its account, with the bank's transaction number to find it on its statement. */
    private static List<Notice> disbursed(SubsidyDisbursed e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.SUBSIDY_DISBURSED, "劳务品牌一次性奖补资金已拨付",
                "您单位的「" + e.brandName() + "」" + e.certificationLevel().label() + "劳务品牌一次性奖补资金 " + new Money(e.amountFen()).display()
                        + " 已于" + day(e.paidAt().atZone(DALIAN).toLocalDate()) + "拨付至单位银行账户（银行流水号 " + e.bankTransactionId()
                        + "），请注意查收。"));
    }

    /** Nothing was paid and the budget is released: the clerk checks the unit's account and puts the entitlement into a new batch. */
    private static List<Notice> paymentFailed(SubsidyPaymentFailed e) {
        return List.of(notice(Recipient.role(Role.FINANCE_CLERK), NoticeKind.SUBSIDY_PAYMENT_FAILED, "奖补资金支付失败",
                e.unitName() + "「" + e.brandName() + "」" + e.certificationLevel().label() + "劳务品牌一次性奖补 " + new Money(e.amountFen()).display()
                        + " 于" + day(e.failedAt().atZone(DALIAN).toLocalDate()) + "支付失败（业务参考号 " + e.paymentReference() + "），原因："
                        + e.failureReason() + "（" + e.failureCode() + "）。资金未拨出，预算占用已释放；请核实收款账户后重新组批。"));
    }

    private static List<Notice> rectificationOrdered(RectificationOrdered e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_ORDERED, "限期整改通知",
                "您单位的「" + e.brandName() + "」劳务品牌（证书编号 " + e.certificateNumber() + "）被责令限期整改，原因："
                        + e.reasons().stream().sorted().map(reason -> RECTIFICATION_REASONS.getOrDefault(reason, reason)).collect(Collectors.joining("、"))
                        + "。情况说明：" + e.explanation() + " 请于" + day(e.deadline()) + "前（" + e.workingDays()
                        + " 个工作日）完成整改，并在平台提交整改情况和佐证材料；逾期未整改的，将提出退出建议。"));
    }

    private static List<Notice> rectificationAnswered(RectificationAnswered e) {
        return List.of(notice(Recipient.district(e.district()), NoticeKind.RECTIFICATION_ANSWERED, "整改答复待审核",
                "「" + e.brandName() + "」已于" + day(e.answeredOn()) + "提交整改答复（佐证材料 " + e.evidenceFiles() + " 份），请审核：通过、不通过或延期。"));
    }

    private static List<Notice> rectificationExtended(RectificationExtended e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_EXTENDED, "整改期限已延长",
                "「" + e.brandName() + "」的整改期限由" + day(e.previousDeadline()) + "延长至" + day(e.newDeadline()) + "。理由：" + e.reason()
                        + " 请在新的期限前重新提交整改答复。"));
    }

    private static List<Notice> rectificationReminder(RectificationReminderDue e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_REMINDER, "整改期限提醒",
                "「" + e.brandName() + "」的整改期限为" + day(e.deadline()) + "，此后还有 " + e.workingDaysLeft()
                        + " 个工作日，请尽快提交整改答复和佐证材料；逾期未整改的，将提出退出建议。"));
    }

    private static List<Notice> rectificationClosed(RectificationClosed e) {
        String body = switch (e.outcome()) {
            case "ACCEPTED" -> "「" + e.brandName() + "」的整改已于" + day(e.closedOn()) + "通过审核，品牌恢复有效状态。"
                    + (e.note() == null || e.note().isBlank() ? "" : "审核意见：" + e.note());
            case "FAILED" -> "「" + e.brandName() + "」的整改未通过审核。理由：" + e.note() + " 已提出退出建议，由市就业工作领导小组审定。";
            default -> "「" + e.brandName() + "」整改期限届满未提交整改答复，已按" + EXIT_CAUSES.getOrDefault(e.outcome(), e.outcome())
                    + "办结，并提出退出建议，由市就业工作领导小组审定。";
        };
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_CLOSED, "整改办结", body));
    }

    private static List<Notice> exitProposed(BrandExitProposed e) {
        return List.of(notice(Recipient.role(Role.LEADING_GROUP), NoticeKind.EXIT_PROPOSED, "新的退出建议",
                "「" + e.brandName() + "」（证书编号 " + e.certificateNumber() + "）因" + EXIT_CAUSES.getOrDefault(e.cause(), e.cause())
                        + "，于" + day(e.proposedOn()) + "提出退出建议，请审定。"));
    }

    private static List<Notice> exited(BrandExited e) {
        return List.of(notice(Recipient.organisation(e.orgId()), NoticeKind.BRAND_EXITED, "劳务品牌退出",
                "根据市就业工作领导小组决定（" + e.decisionReference() + "），您单位的「" + e.brandName() + "」劳务品牌（证书编号 "
                        + e.certificateNumber() + "）自" + day(e.decidedOn()) + "起退出大连市劳务品牌库，证书不再有效。"));
    }

    /** SEAM (lead, issue 14): a reviewer's daily digest; the templates helper writes it. */
    public static Notice digest(Recipient reviewer, ReviewDigest digest) {
        String body = "待办 " + digest.waiting().size() + " 件，2 个工作日内到期 " + digest.dueSoon().size() + " 件。";
        return notice(reviewer, NoticeKind.REVIEW_DIGEST, "每日待办摘要", body);
    }

    /** Interim: the inbox's words for every channel, until each kind has its templates. */
    private static Notice notice(Recipient recipient, NoticeKind kind, String title, String body) {
        return new Notice(recipient, kind, new NoticeText(title, body, title, body, body, title));
    }

    private static String levels(Set<BrandLevel> levels) {
        return levels.stream().sorted().map(BrandLevel::label).collect(Collectors.joining("、"));
    }

    private static String day(LocalDate day) {
        return ChineseDates.format(day);
    }
}
