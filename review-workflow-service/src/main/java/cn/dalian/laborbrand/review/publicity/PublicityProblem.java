package cn.dalian.laborbrand.review.publicity;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a notice is refused, each with a stable code. */
public enum PublicityProblem implements ErrorCode {
    NOTICE_IN_PAST(HttpStatus.UNPROCESSABLE_CONTENT, "Notice starts in the past", "公示开始日期不能早于今天。"),
    NOTICE_NOT_WORKING_DAY(HttpStatus.UNPROCESSABLE_CONTENT, "Notice starts on a day off", "公示应自工作日开始。"),
    NOTICE_TOO_FAR_AHEAD(HttpStatus.UNPROCESSABLE_CONTENT, "Notice starts too far ahead", "公示开始日期距今过远。"),
    NOTICE_ENDS_AFTER_DEADLINE(HttpStatus.UNPROCESSABLE_CONTENT, "Notice ends after the forwarding deadline",
            "公示期将晚于本批次报送市级的截止日期结束。"),
    NOTICE_CASES_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Cases cannot share one notice", "所选申报不能列入同一份公示。"),
    NOTICE_ISSUER_UNKNOWN(HttpStatus.CONFLICT, "Notice issuer unknown", "尚未登记该区市县的公示发布机关，请联系运维人员登记后再发布公示。");

    private final Text text;

    PublicityProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
