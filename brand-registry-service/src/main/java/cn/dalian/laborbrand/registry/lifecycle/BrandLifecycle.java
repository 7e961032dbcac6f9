package cn.dalian.laborbrand.registry.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandStatus;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.BrandExited;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitCause;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ExitProposed;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationAccepted;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationExtended;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleFact.RectificationOrdered;
import cn.dalian.laborbrand.registry.rectification.Rectification;
import cn.dalian.laborbrand.registry.rectification.RectificationStatus;

/**
 * A certified brand's status machine (动态管理):
 * <pre>
 * ACTIVE ──ordered──▶ RECTIFYING ──accepted──▶ ACTIVE
 *                     RECTIFYING ──extended──▶ RECTIFYING (new deadline, as often as the reviewer grants)
 *                     RECTIFYING ──overdue or failed──▶ EXIT_PROPOSED ──leading group's decision──▶ EXITED
 * </pre>
 * Nothing leaves EXITED. The provincial certification is an attribute recorded beside the status
 * ({@link ProvincialCertification#requireEligible}).
 */
public record BrandLifecycle(UUID brandId, String certificateNumber, BrandLevel level, LocalDate certifiedOn, BrandStatus status,
        UUID rectificationId, ProvincialCertification provincial, ExitDecision exit) {

    /** A registered brand's lifecycle as it stands. */
    public static BrandLifecycle of(Brand brand) {
        return new BrandLifecycle(brand.id(), brand.certificateNumber(), brand.level(), brand.certifiedOn(), brand.status(), null, null, null);
    }

    /** A district or city reviewer ordered an active brand to rectify. */
    public Transition orderRectification(Rectification ordered) {
        requireNotExited();
        if (status == BrandStatus.RECTIFYING) {
            throw new PlatformException(LifecycleProblem.ALREADY_RECTIFYING);
        }
        requireStatus(BrandStatus.ACTIVE);
        requireOwn(ordered.brandId());
        return Transition.to(with(BrandStatus.RECTIFYING, ordered.id()),
                new RectificationOrdered(brandId, ordered.id(), ordered.reasons(), ordered.orderedOn(), ordered.deadline()));
    }

    /** The reviewer granted the running rectification a new deadline; the brand stays under rectification. */
    public Transition extendRectification(Rectification extended) {
        requireRunning(extended);
        if (extended.extensions().isEmpty()) {
            throw new PlatformException(LifecycleProblem.NOT_EXTENDED);
        }
        Rectification.Extension last = extended.extensions().getLast();
        return Transition.to(this, new RectificationExtended(brandId, extended.id(), last.decidedOn(), last.previousDeadline(), last.newDeadline()));
    }

    /** The reviewer accepted the holder's answer: the brand is active again. */
    public Transition acceptRectification(Rectification accepted) {
        requireRunning(accepted);
        if (accepted.status() != RectificationStatus.ACCEPTED) {
            throw new PlatformException(LifecycleProblem.RECTIFICATION_NOT_CLOSED);
        }
        return Transition.to(with(BrandStatus.ACTIVE, null), new RectificationAccepted(brandId, accepted.id(), accepted.decision().decidedOn()));
    }

    /** The rectification was rejected, or is overdue on {@code today}: the reviewer proposes the brand's exit. */
    public Transition proposeExit(Rectification rectification, LocalDate today) {
        requireRunning(rectification);
        ExitCause cause;
        if (rectification.status() == RectificationStatus.FAILED) {
            cause = ExitCause.FAILED;
        } else if (rectification.isOverdueOn(today)) {
            cause = ExitCause.OVERDUE;
        } else {
            throw new PlatformException(LifecycleProblem.NO_GROUND_FOR_EXIT);
        }
        return Transition.to(with(BrandStatus.EXIT_PROPOSED, rectification.id()), new ExitProposed(brandId, rectification.id(), cause, today));
    }

    /** The leading group office decided the proposed exit; without its decision (reference and date) there is no exit. */
    public Transition exit(ExitDecision decision) {
        requireNotExited();
        if (decision == null || decision.reference() == null || decision.reference().isBlank() || decision.decidedOn() == null) {
            throw new PlatformException(LifecycleProblem.EXIT_DECISION_REQUIRED);
        }
        if (status != BrandStatus.EXIT_PROPOSED) {
            throw new PlatformException(LifecycleProblem.EXIT_NOT_PROPOSED);
        }
        ExitDecision recorded = new ExitDecision(decision.reference().strip(), decision.decidedOn());
        BrandLifecycle exited = new BrandLifecycle(brandId, certificateNumber, level, certifiedOn, BrandStatus.EXITED, rectificationId, provincial,
                recorded);
        return Transition.to(exited,
                new BrandExited(brandId, certificateNumber, recorded.reference(), recorded.decidedOn()));
    }

    /** The leading group office records the province's certification of a city-level brand, once. */
    public Transition recordProvincialCertification(ProvincialCertification certification) {
        requireNotExited();
        if (certification == null || certification.decisionReference() == null || certification.decisionReference().isBlank()
                || certification.decidedOn() == null) {
            throw new PlatformException(LifecycleProblem.PROVINCIAL_DECISION_REQUIRED);
        }
        ProvincialCertification.requireEligible(level);
        if (provincial != null) {
            throw new PlatformException(LifecycleProblem.PROVINCIAL_ALREADY_RECORDED);
        }
        if (certification.decidedOn().isBefore(certifiedOn)) {
            throw new PlatformException(LifecycleProblem.PROVINCIAL_BEFORE_CERTIFICATION);
        }
        return Transition.to(new BrandLifecycle(brandId, certificateNumber, level, certifiedOn, status, rectificationId, certification, exit),
                new ProvincialCertificationRecorded(brandId, certificateNumber, certification.decisionReference().strip(), certification.decidedOn(),
                        certification.documentReference()));
    }

    private BrandLifecycle with(BrandStatus next, UUID rectification) {
        return new BrandLifecycle(brandId, certificateNumber, level, certifiedOn, next, rectification, provincial, exit);
    }

    private void requireRunning(Rectification rectification) {
        requireNotExited();
        requireStatus(BrandStatus.RECTIFYING);
        requireOwn(rectification.brandId());
        if (!rectification.id().equals(rectificationId)) {
            throw new PlatformException(LifecycleProblem.OTHER_RECTIFICATION);
        }
    }

    private void requireOwn(UUID rectifiedBrand) {
        if (!brandId.equals(rectifiedBrand)) {
            throw new PlatformException(LifecycleProblem.OTHER_RECTIFICATION);
        }
    }

    private void requireStatus(BrandStatus expected) {
        if (status != expected) {
            throw new PlatformException(LifecycleProblem.WRONG_STATUS, "该劳务品牌当前状态为“" + status.label() + "”，不能进行此操作。");
        }
    }

    private void requireNotExited() {
        if (status == BrandStatus.EXITED) {
            throw new PlatformException(LifecycleProblem.BRAND_EXITED);
        }
    }
}
