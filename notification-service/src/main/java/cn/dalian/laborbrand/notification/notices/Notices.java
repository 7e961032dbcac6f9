package cn.dalian.laborbrand.notification.notices;

import java.util.ArrayList;
import java.util.HashMap;
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
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * Who must know what at each step, in the words they read: the applicant unit at every step of its
 * application (a rejection with its reason and stage, the outcome of an objection against its brand), the district
 * bureau when an application arrives and is pre-checked and when the public objects during a notice, the city bureau
 * when a notice ends, the unit and finance when the province's certification is recorded, finance when a subsidy is due, the unit
 * when it is paid, finance when its payment failed; under
 * dynamic management the unit at each step of a rectification
 * and at its exit, the district bureau when an answer awaits review, the leading group when an exit is proposed.
 * The words are the templates' ({@link NoticeTemplates}); this class decides who gets which kind, with which facts.
 */
public final class Notices {

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

    /** The notices an event calls for, in the words of the templates (and the platform address) given; none for an event nobody needs to hear of. */
    public static List<Notice> of(Object event, NoticeTemplates templates) {
        return switch (event) {
            case ApplicationSubmitted e -> submitted(templates, e);
            case SupplementRequested e -> supplementRequested(templates, e);
            case ApplicationResubmitted e -> resubmitted(templates, e);
            case ApplicationWithdrawn e -> withdrawn(templates, e);
            case EligibilityAssessed e -> assessed(templates, e);
            case DistrictDecisionMade e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.DISTRICT_DECISION, model(e));
            case PublicityStarted e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.PUBLICITY_STARTED, unit(e, e.unitName()));
            case PublicityEnded e -> publicityEnded(templates, e);
            case ObjectionLodged e -> one(templates, Recipient.district(e.district()), NoticeKind.OBJECTION_LODGED, model(e));
            case ObjectionResolved e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.OBJECTION_RESOLVED,
                    model(e, "outcome", OUTCOMES.getOrDefault(e.outcome(), e.outcome())));
            case ApplicationRejected e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.APPLICATION_REJECTED,
                    unit(e, e.unitName(), "stage", STAGES.getOrDefault(e.stage(), e.stage())));
            case BrandCertified e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.BRAND_CERTIFIED, unit(e, e.unitName()));
            case BrandRegistered e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.CERTIFICATE_ISSUED, unit(e, e.unitName()));
            case ProvincialCertificationRecorded e -> provincial(templates, e);
            case SubsidyEntitlementCreated e -> entitled(templates, e);
            case SubsidyDisbursed e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.SUBSIDY_DISBURSED, unit(e, e.unitName()));
            case SubsidyPaymentFailed e -> one(templates, Recipient.role(Role.FINANCE_CLERK), NoticeKind.SUBSIDY_PAYMENT_FAILED, model(e));
            case RectificationOrdered e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_ORDERED,
                    unit(e, e.unitName(), "reasons", e.reasons().stream().sorted()
                            .map(reason -> RECTIFICATION_REASONS.getOrDefault(reason, reason)).collect(Collectors.joining("、"))));
            case RectificationAnswered e -> one(templates, Recipient.district(e.district()), NoticeKind.RECTIFICATION_ANSWERED, model(e));
            case RectificationExtended e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_EXTENDED, model(e));
            case RectificationReminderDue e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_REMINDER, model(e));
            case RectificationClosed e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.RECTIFICATION_CLOSED,
                    model(e, "cause", EXIT_CAUSES.getOrDefault(e.outcome(), e.outcome())));
            case BrandExitProposed e -> one(templates, Recipient.role(Role.LEADING_GROUP), NoticeKind.EXIT_PROPOSED,
                    model(e, "cause", EXIT_CAUSES.getOrDefault(e.cause(), e.cause())));
            case BrandExited e -> one(templates, Recipient.organisation(e.orgId()), NoticeKind.BRAND_EXITED, unit(e, e.unitName()));
            default -> List.of();
        };
    }

    /** A reviewer's daily digest: what waits, what falls due within 2 working days; counts only by SMS. */
    public static Notice digest(Recipient reviewer, ReviewDigest digest, NoticeTemplates templates) {
        return notice(templates, reviewer, NoticeKind.REVIEW_DIGEST, Map.of("d", digest));
    }

    private static List<Notice> submitted(NoticeTemplates templates, ApplicationSubmitted e) {
        Map<String, Object> model = unit(e, e.unitName(), "levels", levels(e.requestedLevels()));
        return List.of(
                notice(templates, Recipient.organisation(e.orgId()), NoticeKind.APPLICATION_SUBMITTED, model),
                notice(templates, Recipient.district(e.district()), NoticeKind.NEW_APPLICATION, model(e, "levels", levels(e.requestedLevels()))));
    }

    private static List<Notice> supplementRequested(NoticeTemplates templates, SupplementRequested e) {
        return one(templates, Recipient.organisation(e.orgId()), NoticeKind.SUPPLEMENT_REQUESTED,
                model(e, "parts", e.parts().stream().sorted().map(ApplicationPart::label).collect(Collectors.joining("、"))));
    }

    private static List<Notice> resubmitted(NoticeTemplates templates, ApplicationResubmitted e) {
        return one(templates, Recipient.district(e.application().district()), NoticeKind.APPLICATION_RESUBMITTED,
                model(e, "application", e.application()));
    }

    private static List<Notice> withdrawn(NoticeTemplates templates, ApplicationWithdrawn e) {
        return one(templates, Recipient.district(e.district()), NoticeKind.APPLICATION_WITHDRAWN, model(e));
    }

    private static List<Notice> assessed(NoticeTemplates templates, EligibilityAssessed e) {
        return one(templates, Recipient.district(e.district()), NoticeKind.ELIGIBILITY_ASSESSED,
                model(e, "levelsMet", levels(e.levelsMet())));
    }

    private static List<Notice> publicityEnded(NoticeTemplates templates, PublicityEnded e) {
        List<Notice> notices = new ArrayList<>();
        notices.add(notice(templates, Recipient.organisation(e.orgId()), NoticeKind.PUBLICITY_ENDED, model(e)));
        if (e.forwardedToCity()) {
            notices.add(notice(templates, Recipient.role(Role.CITY_REVIEWER), NoticeKind.CITY_REVIEW_DUE, model(e)));
        }
        return notices;
    }

    /** The province's decision reaches the unit, and finance, for the provincial subsidy it brings. */
    private static List<Notice> provincial(NoticeTemplates templates, ProvincialCertificationRecorded e) {
        return List.of(
                notice(templates, Recipient.organisation(e.orgId()), NoticeKind.PROVINCIAL_CERTIFICATION_RECORDED, unit(e, e.unitName())),
                notice(templates, Recipient.role(Role.FINANCE_CLERK), NoticeKind.PROVINCIAL_SUBSIDY_COMING, model(e)));
    }

    /** Named by the certification it pays for: a provincial subsidy is the province's, whatever the brand's Dalian level. */
    private static List<Notice> entitled(NoticeTemplates templates, SubsidyEntitlementCreated e) {
        return List.of(
                notice(templates, Recipient.organisation(e.orgId()), NoticeKind.SUBSIDY_GRANTED, unit(e, e.unitName())),
                notice(templates, Recipient.role(Role.FINANCE_CLERK), NoticeKind.SUBSIDY_TO_PROCESS, model(e)));
    }

    private static List<Notice> one(NoticeTemplates templates, Recipient recipient, NoticeKind kind, Map<String, Object> model) {
        return List.of(notice(templates, recipient, kind, model));
    }

    private static Notice notice(NoticeTemplates templates, Recipient recipient, NoticeKind kind, Map<String, ?> model) {
        return new Notice(recipient, kind, templates.render(kind, model));
    }

    /** The template's variables: the event as {@code e}, and the words derived from it, in pairs (name, value). */
    private static Map<String, Object> model(Object event, Object... derived) {
        Map<String, Object> model = new HashMap<>();
        model.put("e", event);
        for (int i = 0; i < derived.length; i += 2) {
            model.put((String) derived[i], derived[i + 1]);
        }
        return model;
    }

    /** For the unit: its e-mail greets it by its name. */
    private static Map<String, Object> unit(Object event, String unitName, Object... derived) {
        Map<String, Object> model = model(event, derived);
        model.put("recipientName", unitName);
        return model;
    }

    private static String levels(Set<BrandLevel> levels) {
        return levels.stream().sorted().map(BrandLevel::label).collect(Collectors.joining("、"));
    }
}
