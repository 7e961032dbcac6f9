package cn.dalian.laborbrand.review.casework;

import java.util.Optional;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.precheck.Precheck;

/**
 * What the eligibility pre-check allows a reviewer to decide (工作进程 items 2 and 3): a level only when the assessment
 * met it, unless the reviewer overrides it with a written reason that the history keeps and the next stage reads; an
 * unfinished rectification ordered by labour inspection blocks whatever the reason; lost dispute cases need the
 * reviewer's written judgement (研判意见); no assessment yet means wait, never pass.
 */
final class EligibilityGate {

    /** The risk flag that asks for a reviewer's judgement rather than blocking (Attachment 1, 劳动人事争议败诉案件). */
    static final String LOST_DISPUTE_CASES = "LOST_DISPUTE_CASES";

    private EligibilityGate() {
    }

    /** The assessment to decide on; refused while it has not arrived. */
    static Precheck assessed(Optional<Precheck> precheck) {
        return precheck.orElseThrow(() -> new PlatformException(ReviewProblem.PRECHECK_PENDING));
    }

    /** Refuses selection while a blocking risk flag stands; no override lifts it. */
    static void requireNoBlockingRisk(Precheck precheck) {
        if (precheck.blocking()) {
            throw new PlatformException(ReviewProblem.BLOCKED_BY_RISK);
        }
    }

    /** The written judgement when the unit lost dispute cases; null when there is none to judge. */
    static String judgementOf(Precheck precheck, String judgement) {
        boolean lostCases = precheck.result().riskFlags().stream().anyMatch(flag -> LOST_DISPUTE_CASES.equals(flag.code()));
        return lostCases ? WrittenReason.require(judgement, "对劳动人事争议败诉案件的研判意见") : null;
    }

    /**
     * Whether the level is chosen against the assessment: false when it met the level; true when it did not and the
     * reviewer wrote why (the reason then stands in the history); refused otherwise.
     */
    static boolean overrides(Precheck precheck, BrandLevel level, String overrideReason) {
        if (precheck.levelsMet().contains(level)) {
            return false;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new PlatformException(ReviewProblem.LEVEL_NOT_MET,
                    "预审结果未达到" + level.label() + "标准。如经核实仍认为符合，请写明理由（至少一句完整的话）后提交。");
        }
        WrittenReason.require(overrideReason, "未达到" + level.label() + "标准仍予通过的理由");
        return true;
    }
}
