package cn.dalian.laborbrand.registry.rectification;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a rectification step is refused, each with a stable code. */
public enum RectificationProblem implements ErrorCode {
    REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Reason required", "请至少选择一项整改原因（培训质量差、务工人员数量过少、竞争力下降、认可度不高）。"),
    EXPLANATION_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Written explanation required", "请写明责令整改的具体情况说明。"),
    PERIOD_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Period invalid", "整改期限须为至少 1 个工作日。"),
    ANSWER_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Answer required", "请填写整改情况说明。"),
    EVIDENCE_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Evidence required", "请至少上传一份整改佐证材料。"),
    ANSWER_AFTER_DEADLINE(HttpStatus.CONFLICT, "Answer after the deadline", "整改期限已过，不能再提交整改答复。"),
    ANSWER_PENDING(HttpStatus.CONFLICT, "Answer awaiting review", "已提交的整改答复尚在审核中，请等待审核结果。"),
    NO_ANSWER_TO_DECIDE(HttpStatus.CONFLICT, "No answer to decide on", "建设单位尚未提交整改答复，不能作出通过或不通过的决定。"),
    CLOSED(HttpStatus.CONFLICT, "Rectification closed", "该整改已办结，不能再进行此操作。"),
    OVERDUE(HttpStatus.CONFLICT, "Rectification overdue", "整改期限已过且未提交整改答复，不能再延期；请提出退出建议。"),
    EXTENSION_NOT_LATER(HttpStatus.UNPROCESSABLE_CONTENT, "Extension not later", "延期后的整改期限须晚于原期限。"),
    DECISION_REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Written reason required", "请写明延期或不予通过的理由。"),
    ALREADY_RUNNING(HttpStatus.CONFLICT, "Rectification already running", "该劳务品牌已有进行中的整改，不能重复责令整改。"),
    NOT_OVERDUE(HttpStatus.CONFLICT, "Rectification not overdue", "整改期限尚未届满或已提交答复，不能按逾期办结。"),
    REMINDER_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Reminder invalid", "提醒时间须为期限前至少 1 个工作日。");

    private final Text text;

    RectificationProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
