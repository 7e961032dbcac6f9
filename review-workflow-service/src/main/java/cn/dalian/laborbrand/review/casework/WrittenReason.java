package cn.dalian.laborbrand.review.casework;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A reason a reviewer must write (for a rejection, for deciding against the pre-check, for the judgement of lost dispute
 * cases): at least a sentence, so that the unit and the next stage read why, not a placeholder.
 */
public final class WrittenReason {

    /** Ten characters: the shortest Chinese sentence that says why ("材料与实际不符，不予通过。" is twelve). */
    public static final int MINIMUM_LENGTH = 10;

    private WrittenReason() {
    }

    /** The reason stripped, or the problem naming what it is for when it is missing or too short. */
    public static String require(String text, String whatFor) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.codePointCount(0, stripped.length()) < MINIMUM_LENGTH) {
            throw new PlatformException(ReviewProblem.REASON_REQUIRED,
                    "请写明" + whatFor + "（至少 " + MINIMUM_LENGTH + " 个字，一句完整的话）。");
        }
        return stripped;
    }
}
