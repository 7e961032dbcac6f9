package cn.dalian.laborbrand.review.objection;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways an objection, or a step on it, is refused, each with a stable code. */
public enum ObjectionProblem implements ErrorCode {
    NOTICE_NOT_STARTED(HttpStatus.UNPROCESSABLE_CONTENT, "Notice not started", "公示尚未开始，暂不受理异议。"),
    NOTICE_ENDED(HttpStatus.UNPROCESSABLE_CONTENT, "Notice ended", "公示期已结束，不再受理异议。"),
    BRAND_NOT_LISTED(HttpStatus.UNPROCESSABLE_CONTENT, "Brand no longer listed", "该劳务品牌已撤出公示名单，不再受理异议。"),
    CONTENT_LENGTH(HttpStatus.UNPROCESSABLE_CONTENT, "Content too short or too long", "异议内容应为 20 至 2000 个字，写明具体事实和理由。"),
    CHALLENGE_FAILED(HttpStatus.UNPROCESSABLE_CONTENT, "Challenge not answered", "验证题回答不正确，请重新作答。"),
    CHALLENGE_EXPIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Challenge expired", "验证题已过期或已使用，请刷新后重新作答。"),
    TOO_MANY_OBJECTIONS(HttpStatus.TOO_MANY_REQUESTS, "Too many objections", "提交过于频繁，请稍后再试。"),
    DUPLICATE_OBJECTION(HttpStatus.CONFLICT, "Same objection twice", "已收到针对该劳务品牌的相同内容的异议，无需重复提交。"),
    ALREADY_RESOLVED(HttpStatus.CONFLICT, "Objection resolved already", "该异议已办结，不能再次处理。"),
    SAME_PERSON_DECIDED(HttpStatus.CONFLICT, "Decided by the same person",
            "您作出了该申报的区级初审意见，不能办结针对该意见的异议；请由本区其他审核人员办结。");

    private final Text text;

    ObjectionProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
