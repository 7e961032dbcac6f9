package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.events.Outcome;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.PublicityEnded;
import cn.dalian.laborbrand.contracts.review.PublicityStarted;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.CaseRequests.ApprovalRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.CityReviewRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.DistrictDecisionRequest;
import cn.dalian.laborbrand.review.casework.CaseRequests.SupplementRequest;
import cn.dalian.laborbrand.review.precheck.Precheck;

/**
 * The review of one submitted application, through the stages of 工作进程: the district bureau reviews and
 * decides, publishes the notice for 5 working days, forwards to the city when it ends; the city bureau
 * re-reviews; the leading group office approves at a level the district selected or recommended. Every step is
 * allowed only at its stage and returns the case as it is afterwards, the {@link Transition} its history keeps,
 * and the events it causes.
 */
public record ReviewCase(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, String cityBrandName, Set<BrandLevel> requestedLevels, ReviewStage stage, DistrictDecision districtDecision,
        BrandLevel certifiedLevel, UUID brandId, LocalDate certifiedOn, Instant openedAt, Instant stageEnteredAt, LocalDate supplementDueOn,
        LocalDate forwardedOn, int version) {

    /** A case after a step: its state, the step for its history, and the events the step caused. */
    public record Moved(ReviewCase state, Transition transition, List<OutgoingEvent<?>> events) implements Outcome<ReviewCase> {

        public Moved {
            events = List.copyOf(events);
        }
    }

    public ReviewCase {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(stage);
        requestedLevels = Set.copyOf(requestedLevels);
    }

    /** The case the district bureau finds in its queue when an application is submitted. */
    public static Moved open(UUID id, ApplicationSubmitted submitted, Instant at) {
        ReviewCase opened = new ReviewCase(id, submitted.applicationId(), submitted.campaign(), submitted.orgId(), submitted.unitName(),
                submitted.district(), submitted.brandName(), submitted.cityBrandName(), submitted.requestedLevels(), ReviewStage.DISTRICT_REVIEW,
                null, null, null, null, at, at, null, null, 0);
        return new Moved(opened, new Transition(id, null, ReviewStage.DISTRICT_REVIEW, CaseAction.OPENED, submitted.submittedBy(), at, null),
                List.of());
    }

    /**
     * The district bureau's decision after its review and on-site check, on the eligibility pre-check and the inspection's
     * conclusion ({@link EligibilityGate}): selecting needs the district level met, recommending the city level met, or a
     * written reason for deciding otherwise; a unit with an unfinished rectification is not selected; lost dispute cases
     * need the written judgement; the decision waits for the pre-check and a concluded inspection. Not selecting rejects
     * the application with the comment as its reason.
     */
    public Moved decideAtDistrict(DistrictDecisionRequest request, Optional<Precheck> precheck, Optional<InspectionOutcome> inspection,
            String actor, Instant at) {
        requireStage(ReviewStage.DISTRICT_REVIEW);
        if (districtDecision != null) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "区级初审意见已经作出，不能重复作出。");
        }
        boolean selected = request.districtLevelSelected();
        boolean recommended = request.cityRecommended();
        if (recommended && !selected) {
            throw new PlatformException(ReviewProblem.NOT_SELECTED);
        }
        if (recommended && !requestedLevels.contains(BrandLevel.CITY)) {
            throw new PlatformException(ReviewProblem.CITY_LEVEL_NOT_REQUESTED);
        }
        Precheck assessed = EligibilityGate.assessed(precheck);
        InspectionOutcome inspected = inspection.orElseThrow(() -> new PlatformException(ReviewProblem.INSPECTION_REQUIRED));
        if (!selected) {
            String reason = WrittenReason.require(request.comment(), "区级初审不予通过的理由");
            DistrictDecision decision = new DistrictDecision(false, false, reason, actor, at, null, null);
            ReviewCase rejected = with(ReviewStage.REJECTED, decision, at);
            return new Moved(rejected, transition(rejected, CaseAction.DISTRICT_REJECTED, actor, at, reason), List.of(
                    decisionMade(decision), rejection(reason, actor, at)));
        }
        if (!inspected.confirmed()) {
            throw new PlatformException(ReviewProblem.INSPECTION_NOT_CONFIRMED);
        }
        EligibilityGate.requireNoBlockingRisk(assessed);
        String judgement = EligibilityGate.judgementOf(assessed, request.judgement());
        boolean overridden = EligibilityGate.overrides(assessed, BrandLevel.DISTRICT, request.overrideReason())
                | (recommended && EligibilityGate.overrides(assessed, BrandLevel.CITY, request.overrideReason()));
        String overrideReason = overridden ? request.overrideReason().strip() : null;
        DistrictDecision decision = new DistrictDecision(true, recommended, request.comment(), actor, at, overrideReason, judgement);
        ReviewCase decided = with(ReviewStage.DISTRICT_REVIEW, decision, at);
        return new Moved(decided, transition(decided, CaseAction.DISTRICT_SELECTED, actor, at, historyComment(request.comment(), judgement,
                overrideReason)), List.of(decisionMade(decision)));
    }

    /** The notice of a selected brand begins, for the window the official calendar gives. */
    public Moved startPublicity(NoticeWindow window, String actor, Instant at) {
        requireStage(ReviewStage.DISTRICT_REVIEW);
        if (districtDecision == null || !districtDecision.districtLevelSelected()) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "只有区级初审通过的申报才能公示。");
        }
        ReviewCase underNotice = with(ReviewStage.PUBLICITY, districtDecision, at);
        return new Moved(underNotice, transition(underNotice, CaseAction.PUBLICITY_STARTED, actor, at,
                "公示期 " + window.startsOn() + " 至 " + window.endsOn()), List.of(ReviewEvents.PUBLICITY_STARTED.about(id,
                        new PublicityStarted(id, applicationId, orgId, unitName, district, brandName, noticeLevels(), window.startsOn(),
                                window.endsOn(), window.workingDays()))));
    }

    /** The notice's last day has passed with no objection standing: the district forwards the case to the city. */
    public Moved endPublicity(LocalDate lastDay, String actor, Instant at) {
        requireStage(ReviewStage.PUBLICITY);
        ReviewCase forwarded = with(ReviewStage.CITY_REVIEW, districtDecision, at);
        forwarded = new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, cityBrandName, requestedLevels,
                forwarded.stage, districtDecision, null, null, null, openedAt, at, supplementDueOn, lastDay.plusDays(1), version);
        return new Moved(forwarded, transition(forwarded, CaseAction.PUBLICITY_ENDED, actor, at, null), List.of(ReviewEvents.PUBLICITY_ENDED
                .about(id, new PublicityEnded(id, applicationId, orgId, district, brandName, lastDay, true))));
    }

    /** The city bureau's re-review; not passing it rejects the application with the comment as its reason. */
    public Moved reviewAtCity(CityReviewRequest request, String actor, Instant at) {
        requireStage(ReviewStage.CITY_REVIEW);
        if (!request.approved()) {
            String reason = WrittenReason.require(request.comment(), "复审不予通过的理由");
            ReviewCase rejected = with(ReviewStage.REJECTED, districtDecision, at);
            return new Moved(rejected, transition(rejected, CaseAction.CITY_REJECTED, actor, at, reason), List.of(rejection(reason, actor, at)));
        }
        ReviewCase reviewed = with(ReviewStage.APPROVAL, districtDecision, at);
        return new Moved(reviewed, transition(reviewed, CaseAction.CITY_APPROVED, actor, at, request.comment()), List.of());
    }

    /**
     * The leading group office's decision (核准认定). A brand is certified at district level only when the district
     * selected it, at city level only when the district recommended it, and at a level the pre-check met unless the
     * office writes why it certifies it all the same; the brand gets its identity for every service from here on. Not
     * certifying rejects the application with the comment as its reason. Separation of duties: whoever passed the case at
     * the city's re-review (its history says who) cannot certify it too, whatever roles they hold; refusing it stays open to
     * them (a "no" needs no second pair of eyes).
     */
    public Moved approve(ApprovalRequest request, Optional<Precheck> precheck, List<Transition> history, UUID newBrandId,
            LocalDate decisionDate, String actor, Instant at) {
        requireStage(ReviewStage.APPROVAL);
        if (request.approved() && reReviewedAtCityBy(history, actor)) {
            throw new PlatformException(ReviewProblem.SAME_PERSON_REVIEWED);
        }
        if (!request.approved()) {
            String reason = WrittenReason.require(request.comment(), "不予认定的理由");
            ReviewCase refused = with(ReviewStage.REJECTED, districtDecision, at);
            return new Moved(refused, transition(refused, CaseAction.NOT_CERTIFIED, actor, at, reason), List.of(rejection(reason, actor, at)));
        }
        BrandLevel level = request.level();
        if (level == null) {
            throw new PlatformException(ReviewProblem.LEVEL_REQUIRED);
        }
        if (!noticeLevels().contains(level)) {
            throw new PlatformException(ReviewProblem.LEVEL_NOT_RECOMMENDED);
        }
        boolean overridden = EligibilityGate.overrides(EligibilityGate.assessed(precheck), level, request.overrideReason());
        ReviewCase certified = new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, cityBrandName, requestedLevels,
                ReviewStage.CERTIFIED, districtDecision, level, newBrandId, decisionDate, openedAt, at, supplementDueOn, forwardedOn, version);
        return new Moved(certified, transition(certified, CaseAction.CERTIFIED, actor, at, historyComment(request.comment(), null,
                overridden ? request.overrideReason().strip() : null)), List.of(ReviewEvents.BRAND_CERTIFIED.about(id, new BrandCertified(
                        newBrandId, id, applicationId, campaign, orgId, unitName, district, brandNameAt(level), level, decisionDate, actor))));
    }

    /** The name a brand is certified under at a level: the proposed city-level name at CITY, when the unit proposed one. */
    public String brandNameAt(BrandLevel level) {
        return level == BrandLevel.CITY && cityBrandName != null ? cityBrandName : brandName;
    }

    /**
     * The district asks the unit to supplement parts of its application before deciding; the case waits until the unit
     * resubmits, or until the district rejects it once the due day has passed.
     *
     * @param dueOn the last day to resubmit, {@code dueWorkingDays} working days from the request
     */
    public Moved requestSupplement(SupplementRequest request, LocalDate dueOn, String actor, Instant at) {
        requireStage(ReviewStage.DISTRICT_REVIEW);
        if (districtDecision != null) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "区级初审意见已经作出，不能再要求补充材料。");
        }
        String note = request.note().strip();
        ReviewCase waiting = new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, cityBrandName, requestedLevels,
                ReviewStage.SUPPLEMENT_REQUESTED, null, null, null, null, openedAt, at, dueOn, forwardedOn, version);
        String comment = "请补充：" + request.parts().stream().sorted().map(ApplicationPart::label).collect(Collectors.joining("、")) + "。" + note
                + "（请于 " + ChineseDates.format(dueOn) + " 前补充后重新提交）";
        return new Moved(waiting, transition(waiting, CaseAction.SUPPLEMENT_REQUESTED, actor, at, comment), List.of(
                ReviewEvents.SUPPLEMENT_REQUESTED.about(id, new SupplementRequested(id, applicationId, orgId, district, request.parts(), note,
                        dueOn, request.dueWorkingDays(), actor, at))));
    }

    /**
     * The unit resubmitted with the supplement: the case returns to the district's review with what the unit handed in
     * now, its history kept. Empty when the case is not waiting for it (a redelivered or late event).
     */
    public Optional<Moved> resubmitted(ApplicationResubmitted resubmission, Instant at) {
        if (stage != ReviewStage.SUPPLEMENT_REQUESTED) {
            return Optional.empty();
        }
        ApplicationSubmitted handedIn = resubmission.application();
        ReviewCase back = new ReviewCase(id, applicationId, campaign, orgId, handedIn.unitName(), district, handedIn.brandName(),
                handedIn.cityBrandName(), handedIn.requestedLevels(), ReviewStage.DISTRICT_REVIEW, districtDecision, null, null, null,
                openedAt, at, null, forwardedOn, version);
        String comment = "第 " + resubmission.round() + " 次补充后重新提交，补充内容："
                + resubmission.reopenedParts().stream().sorted().map(ApplicationPart::label).collect(Collectors.joining("、")) + "。";
        return Optional.of(new Moved(back, transition(back, CaseAction.RESUBMITTED, handedIn.submittedBy(), at, comment), List.of()));
    }

    /** The unit withdrew before the district decided: the case closes. Empty when the district had decided already. */
    public Optional<Moved> withdrawn(ApplicationWithdrawn withdrawal, Instant at) {
        if (districtDecision != null || (stage != ReviewStage.DISTRICT_REVIEW && stage != ReviewStage.SUPPLEMENT_REQUESTED)) {
            return Optional.empty();
        }
        ReviewCase closed = with(ReviewStage.WITHDRAWN, null, at);
        return Optional.of(new Moved(closed, transition(closed, CaseAction.WITHDRAWN, withdrawal.withdrawnBy(), at, withdrawal.reason()),
                List.of()));
    }

    /**
     * The office working on the case rejects it (不予通过) with a reason the unit receives, at any stage before the
     * decision: the district while it reviews, waits for a supplement or publishes, the city bureau at its re-review, the
     * leading group office at approval. The case leaves the queues; its history stays.
     */
    public Moved reject(ReviewOffice office, String reason, String actor, Instant at) {
        ReviewOffice working = stage.office().orElseThrow(() -> new PlatformException(ReviewProblem.WRONG_STAGE,
                "该申报已「" + stage.label() + "」，不能再作不予通过的决定。"));
        if (working != office) {
            throw new PlatformException(ReviewProblem.NOT_YOUR_STAGE,
                    "该申报处于「" + stage.label() + "」阶段，由" + working.label() + "办理。");
        }
        String written = WrittenReason.require(reason, "不予通过的理由");
        ReviewCase rejected = with(ReviewStage.REJECTED, districtDecision, at);
        return new Moved(rejected, transition(rejected, CaseAction.REJECTED, actor, at, written), List.of(rejection(written, actor, at)));
    }

    /**
     * An objection upheld against the city level only: the district withdraws its city-level recommendation during the
     * notice; the case goes on at district level.
     */
    public Moved withdrawCityRecommendation(String finding, String actor, Instant at) {
        requireStage(ReviewStage.PUBLICITY);
        if (!districtDecision.cityRecommended()) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "区人社部门未推荐该品牌申报市级，无需撤回。");
        }
        String written = WrittenReason.require(finding, "撤回市级推荐的理由");
        ReviewCase withdrawn = with(ReviewStage.PUBLICITY, districtDecision.withoutCityRecommendation(), at);
        return new Moved(withdrawn, transition(withdrawn, CaseAction.CITY_LEVEL_WITHDRAWN, actor, at, written), List.of());
    }

    /** Whether the person decided the district's review of the case (who may therefore not handle an objection to it). */
    public boolean decidedAtDistrictBy(String actor) {
        return districtDecision != null && districtDecision.decidedBy().equals(actor);
    }

    /** Whether the person passed the case at the city's re-review, as the case's history records it. */
    static boolean reReviewedAtCityBy(List<Transition> history, String actor) {
        return history.stream().anyMatch(step -> step.action() == CaseAction.CITY_APPROVED && step.actor().equals(actor));
    }

    /** The levels the district put before the public: district level, and city level too when it recommended it. */
    public Set<BrandLevel> noticeLevels() {
        if (districtDecision == null || !districtDecision.districtLevelSelected()) {
            return Set.of();
        }
        return districtDecision.cityRecommended() ? EnumSet.of(BrandLevel.DISTRICT, BrandLevel.CITY) : EnumSet.of(BrandLevel.DISTRICT);
    }

    /** Whether the district has forwarded the case to the city (it stays in the city's closed list if rejected there). */
    public boolean isForwarded() {
        return forwardedOn != null;
    }

    private OutgoingEvent<DistrictDecisionMade> decisionMade(DistrictDecision decision) {
        return ReviewEvents.DISTRICT_DECISION_MADE.about(id, new DistrictDecisionMade(id, applicationId, orgId, district, brandName,
                decision.districtLevelSelected(), decision.cityRecommended(), decision.comment(), decision.decidedBy(), decision.decidedAt()));
    }

    private OutgoingEvent<ApplicationRejected> rejection(String reason, String actor, Instant at) {
        return ReviewEvents.APPLICATION_REJECTED.about(id, new ApplicationRejected(id, applicationId, campaign, orgId, unitName, district,
                brandName, stage.name(), reason, actor, at));
    }

    /** The comment as the history shows it, with the judgement and the reason for overriding the pre-check. */
    private static String historyComment(String comment, String judgement, String overrideReason) {
        StringBuilder text = new StringBuilder(comment == null ? "" : comment.strip());
        if (judgement != null) {
            text.append(text.isEmpty() ? "" : "\n").append("【研判意见】").append(judgement);
        }
        if (overrideReason != null) {
            text.append(text.isEmpty() ? "" : "\n").append("【未达预审标准仍予通过的理由】").append(overrideReason);
        }
        return text.isEmpty() ? null : text.toString();
    }

    private void requireStage(ReviewStage expected) {
        if (stage != expected) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE,
                    "该申报当前处于「" + stage.label() + "」阶段，不能进行此操作（需处于「" + expected.label() + "」阶段）。");
        }
    }

    /** The case at a stage (entered now when it is another than before) with a decision. */
    private ReviewCase with(ReviewStage next, DistrictDecision decision, Instant at) {
        return new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, cityBrandName, requestedLevels, next, decision,
                certifiedLevel, brandId, certifiedOn, openedAt, next == stage ? stageEnteredAt : at, supplementDueOn, forwardedOn, version);
    }

    private Transition transition(ReviewCase after, CaseAction action, String actor, Instant at, String comment) {
        return new Transition(id, stage, after.stage(), action, actor, at, comment);
    }
}
