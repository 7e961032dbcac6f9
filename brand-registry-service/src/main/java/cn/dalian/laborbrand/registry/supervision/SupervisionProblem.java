package cn.dalian.laborbrand.registry.supervision;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways recording a training-quality inspection is refused, each with a stable code. */
enum SupervisionProblem implements ErrorCode {
    BRAND_NOT_FOUND(HttpStatus.NOT_FOUND, "Brand not found", "未找到该劳务品牌，或您无权查看。"),
    INSPECTION_IN_FUTURE(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection date in the future", "督查日期不能晚于今天。"),
    INSPECTION_BEFORE_CERTIFICATION(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection before certification",
            "督查日期不能早于品牌认定日期：认定前的考察请记入评审的实地核查。"),
    FOLLOW_UP_MISSING(HttpStatus.UNPROCESSABLE_CONTENT, "Follow-up missing", "结论为“基本合格”或“不合格”时，须填写整改或跟踪措施。");

    private final Text text;

    SupervisionProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
