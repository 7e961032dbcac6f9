package cn.dalian.laborbrand.review.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.precheck.PrecheckRepository;

/**
 * Moves cases through their stages on behalf of the district bureau, the city bureau and the leading
 * group office. Each step writes the case, its history and its event in one transaction; a case outside
 * the caller's scope answers "not found".
 */
@Service
public class CaseworkService {

    /** Decisions are dated by the day in Dalian. */
    public static final java.time.ZoneId DALIAN = java.time.ZoneId.of("Asia/Shanghai");

    private final CaseRepository cases;
    private final PrecheckRepository prechecks;
    private final EventOutbox outbox;
    private final Clock clock;

    CaseworkService(CaseRepository cases, PrecheckRepository prechecks, EventOutbox outbox, Clock clock) {
        this.cases = cases;
        this.prechecks = prechecks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A submitted application opens its case in its district's queue, once. */
    @Transactional
    public Optional<ReviewCase> open(ApplicationSubmitted submitted) {
        var opened = ReviewCase.open(UUID.randomUUID(), submitted.applicationId(), submitted.campaign(), submitted.orgId(),
                submitted.unitName(), submitted.district(), submitted.brandName(), submitted.requestedLevels(),
                submitted.submittedBy(), clock.instant());
        if (!cases.insert(opened.reviewCase())) {
            return Optional.empty();
        }
        cases.record(opened.transition());
        return Optional.of(opened.reviewCase());
    }

    @Transactional(readOnly = true)
    public ReviewCase visibleCase(UUID id, Reviewer reviewer) {
        return cases.find(id).filter(reviewer.scope()::covers)
                .orElseThrow(() -> PlatformException.notFound("未找到该评审案件，或它不在您的职责范围内。"));
    }

    @Transactional(readOnly = true)
    List<Transition> history(UUID id, Reviewer reviewer) {
        return cases.history(visibleCase(id, reviewer).id());
    }

    @Transactional(readOnly = true)
    Optional<Precheck> precheckOf(ReviewCase reviewCase) {
        return prechecks.find(reviewCase.applicationId());
    }

    @Transactional
    ReviewCase decideAtDistrict(UUID id, Reviewer reviewer, boolean selected, boolean recommendCity, String comment) {
        ReviewCase reviewCase = visibleCase(id, reviewer);
        boolean blocked = prechecks.find(reviewCase.applicationId()).map(Precheck::blocking).orElse(false);
        ReviewCase.Moved moved = reviewCase.decideAtDistrict(selected, recommendCity, blocked, comment, reviewer.username(),
                clock.instant());
        save(moved);
        ReviewCase decided = moved.reviewCase();
        outbox.publish(ReviewEvents.DISTRICT_DECISION_MADE, decided.id().toString(), new DistrictDecisionMade(decided.id(),
                decided.applicationId(), decided.orgId(), decided.district(), decided.brandName(), selected, recommendCity, comment,
                reviewer.username(), clock.instant()));
        return decided;
    }

    @Transactional
    ReviewCase reviewAtCity(UUID id, Reviewer reviewer, boolean approved, String comment) {
        ReviewCase.Moved moved = visibleCase(id, reviewer).reviewAtCity(approved, comment, reviewer.username(), clock.instant());
        save(moved);
        return moved.reviewCase();
    }

    @Transactional
    ReviewCase approve(UUID id, Reviewer reviewer, boolean approved, BrandLevel level, String comment) {
        LocalDate today = LocalDate.now(clock.withZone(DALIAN));
        ReviewCase.Moved moved = visibleCase(id, reviewer).approve(approved, level, UUID.randomUUID(), today, comment,
                reviewer.username(), clock.instant());
        save(moved);
        ReviewCase decided = moved.reviewCase();
        if (decided.stage() == ReviewStage.CERTIFIED) {
            outbox.publish(ReviewEvents.BRAND_CERTIFIED, decided.id().toString(), new BrandCertified(decided.brandId(), decided.id(),
                    decided.applicationId(), decided.campaign(), decided.orgId(), decided.unitName(), decided.district(),
                    decided.brandName(), decided.certifiedLevel(), decided.certifiedOn(), reviewer.username()));
        }
        return decided;
    }

    /** The case's new state and the step that led there. */
    public void save(ReviewCase.Moved moved) {
        cases.update(moved.reviewCase());
        cases.record(moved.transition());
    }
}
