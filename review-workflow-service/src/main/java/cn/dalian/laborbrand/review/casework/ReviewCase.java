package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * The review of one submitted application, through the stages of 工作进程: the district bureau reviews
 * and decides, publishes the notice for 5 working days, forwards to the city when it ends; the city
 * bureau re-reviews; the leading group office approves at a level the district selected or recommended.
 * Every step is allowed only at its stage and returns the case as it is afterwards with its {@link Transition}.
 */
public record ReviewCase(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
        String brandName, Set<BrandLevel> requestedLevels, ReviewStage stage, DistrictDecision districtDecision,
        BrandLevel certifiedLevel, UUID brandId, LocalDate certifiedOn, Instant openedAt, int version) {

    /** A case after a step, and the step. */
    public record Moved(ReviewCase reviewCase, Transition transition) {
    }

    public ReviewCase {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(stage);
        requestedLevels = Set.copyOf(requestedLevels);
    }

    /** The case the district bureau finds in its queue when an application is submitted. */
    public static Moved open(UUID id, UUID applicationId, String campaign, String orgId, String unitName, String district,
            String brandName, Set<BrandLevel> requestedLevels, String submittedBy, Instant at) {
        ReviewCase opened = new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, requestedLevels,
                ReviewStage.DISTRICT_REVIEW, null, null, null, null, at, 0);
        return new Moved(opened, new Transition(id, null, ReviewStage.DISTRICT_REVIEW, CaseAction.OPENED, submittedBy, at, null));
    }

    /**
     * The district bureau's decision. Recommending the city level needs the unit to have applied for it and
     * to be selected at district level; selecting a unit with an unfinished rectification is refused.
     */
    public Moved decideAtDistrict(boolean selected, boolean recommendCity, boolean blockedByRisk, String comment, String actor,
            Instant at) {
        requireStage(ReviewStage.DISTRICT_REVIEW);
        if (districtDecision != null) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "区级初审意见已经作出，不能重复作出。");
        }
        if (recommendCity && !selected) {
            throw new PlatformException(ReviewProblem.NOT_SELECTED);
        }
        if (recommendCity && !requestedLevels.contains(BrandLevel.CITY)) {
            throw new PlatformException(ReviewProblem.CITY_LEVEL_NOT_REQUESTED);
        }
        if (selected && blockedByRisk) {
            throw new PlatformException(ReviewProblem.BLOCKED_BY_RISK);
        }
        DistrictDecision decision = new DistrictDecision(selected, recommendCity, comment, actor, at);
        ReviewStage next = selected ? ReviewStage.DISTRICT_REVIEW : ReviewStage.REJECTED;
        return move(next, decision, null, null, null, selected ? CaseAction.DISTRICT_SELECTED : CaseAction.DISTRICT_REJECTED,
                actor, at, comment);
    }

    /** The notice of a selected brand begins. */
    public Moved startPublicity(String actor, Instant at, String comment) {
        requireStage(ReviewStage.DISTRICT_REVIEW);
        if (districtDecision == null || !districtDecision.districtLevelSelected()) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE, "只有区级初审通过的申报才能公示。");
        }
        return move(ReviewStage.PUBLICITY, districtDecision, null, null, null, CaseAction.PUBLICITY_STARTED, actor, at, comment);
    }

    /** The notice ended with no objection standing: the district forwards the case to the city. */
    public Moved endPublicity(String actor, Instant at) {
        requireStage(ReviewStage.PUBLICITY);
        return move(ReviewStage.CITY_REVIEW, districtDecision, null, null, null, CaseAction.PUBLICITY_ENDED, actor, at, null);
    }

    /** The city bureau's re-review. */
    public Moved reviewAtCity(boolean approved, String comment, String actor, Instant at) {
        requireStage(ReviewStage.CITY_REVIEW);
        return move(approved ? ReviewStage.APPROVAL : ReviewStage.REJECTED, districtDecision, null, null, null,
                approved ? CaseAction.CITY_APPROVED : CaseAction.CITY_REJECTED, actor, at, comment);
    }

    /**
     * The leading group office's decision (核准认定). A brand is certified at district level only when the
     * district selected it, at city level only when the district recommended it; the brand gets its
     * identity for every service from here on.
     */
    public Moved approve(boolean approved, BrandLevel level, UUID newBrandId, LocalDate decisionDate, String comment,
            String actor, Instant at) {
        requireStage(ReviewStage.APPROVAL);
        if (!approved) {
            return move(ReviewStage.REJECTED, districtDecision, null, null, null, CaseAction.NOT_CERTIFIED, actor, at, comment);
        }
        boolean recommended = switch (level) {
            case DISTRICT -> districtDecision.districtLevelSelected();
            case CITY -> districtDecision.cityRecommended();
        };
        if (!recommended) {
            throw new PlatformException(ReviewProblem.LEVEL_NOT_RECOMMENDED);
        }
        return move(ReviewStage.CERTIFIED, districtDecision, level, newBrandId, decisionDate, CaseAction.CERTIFIED, actor, at, comment);
    }

    private void requireStage(ReviewStage expected) {
        if (stage != expected) {
            throw new PlatformException(ReviewProblem.WRONG_STAGE,
                    "该申报当前处于「" + stage.label() + "」阶段，不能进行此操作（需处于「" + expected.label() + "」阶段）。");
        }
    }

    private Moved move(ReviewStage next, DistrictDecision decision, BrandLevel level, UUID brand, LocalDate certified,
            CaseAction action, String actor, Instant at, String comment) {
        ReviewCase moved = new ReviewCase(id, applicationId, campaign, orgId, unitName, district, brandName, requestedLevels, next,
                decision, level, brand, certified, openedAt, version);
        return new Moved(moved, new Transition(id, stage, next, action, actor, at, comment));
    }
}
