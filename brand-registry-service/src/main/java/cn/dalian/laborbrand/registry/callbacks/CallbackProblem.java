package cn.dalian.laborbrand.registry.callbacks;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways drawing a call-back sample or recording its outcomes is refused, each with a stable code. */
public enum CallbackProblem implements ErrorCode {
    QUARTER_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Quarter invalid", "季度须为 1 至 4。"),
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
