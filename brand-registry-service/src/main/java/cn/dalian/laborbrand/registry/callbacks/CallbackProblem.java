package cn.dalian.laborbrand.registry.callbacks;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways drawing a call-back sample or recording its outcomes is refused, each with a stable code. */
public enum CallbackProblem implements ErrorCode {
    QUARTER_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Quarter invalid", "季度须为 1 至 4。"),
    QUARTER_MALFORMED(HttpStatus.BAD_REQUEST, "Quarter malformed", "季度格式不正确，应形如 2026-Q4（年份-Q季度，季度为 1 至 4）。"),
    QUARTER_IN_FUTURE(HttpStatus.BAD_REQUEST, "Quarter in the future", "该季度尚未开始，不能抽取回访样本。"),
    QUARTER_BEFORE_CERTIFICATION(HttpStatus.BAD_REQUEST, "Quarter before certification", "该季度在品牌认定之前已结束，无需回访。"),
    BRAND_NOT_FOUND(HttpStatus.NOT_FOUND, "Brand not found", "未找到该劳务品牌，或您无权查看。"),
    BRAND_EXITED(HttpStatus.CONFLICT, "Brand exited", "该劳务品牌已退出，不再抽取回访样本。"),
    NO_COUNTED_WORKERS(HttpStatus.CONFLICT, "No workers to call", "该品牌的花名册中没有计入的务工人员，无法抽取回访样本。"),
    SAMPLE_NOT_DRAWN(HttpStatus.NOT_FOUND, "Sample not drawn", "该季度尚未抽取回访样本。"),
    CALL_NOT_FOUND(HttpStatus.NOT_FOUND, "Call not found", "本季度回访名单中没有该序号。"),
    SAMPLE_SIZE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Sample size invalid", "抽样人数上限须至少为 1，抽样比例须大于 0 且不超过 100%。"),
    WORKER_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT, "Worker record incomplete", "务工人员记录须有人员标识、年度和用工单位。"),
    DUPLICATE_WORKER(HttpStatus.UNPROCESSABLE_CONTENT, "Duplicate worker", "同一务工人员在名单中出现多次，每人只能有一条记录。"),
    NOT_IN_SAMPLE(HttpStatus.UNPROCESSABLE_CONTENT, "Not in the sample", "该务工人员不在本季度回访样本中。"),
    DUPLICATE_OUTCOME(HttpStatus.CONFLICT, "Outcome already recorded", "该务工人员本季度的回访结果已记录。"),
    OUTCOME_INCONSISTENT(HttpStatus.UNPROCESSABLE_CONTENT, "Outcome inconsistent",
            "接通的回访须记录是否确认就业；未接通的回访不能记录就业情况或投诉。");

    private final Text text;

    CallbackProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
