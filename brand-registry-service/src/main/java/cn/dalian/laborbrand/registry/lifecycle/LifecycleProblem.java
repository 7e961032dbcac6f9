package cn.dalian.laborbrand.registry.lifecycle;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a step of a brand's lifecycle is refused, each with a stable code. */
public enum LifecycleProblem implements ErrorCode {
    BRAND_NOT_FOUND(HttpStatus.NOT_FOUND, "Brand not found", "未找到该劳务品牌，或您无权查看。"),
    RECTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Rectification not found", "未找到该整改，或您无权查看。"),
    NOT_RUNNING(HttpStatus.CONFLICT, "Rectification not running", "该整改已办结，不能再上传材料或答复。"),
    EVIDENCE_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "Evidence unknown",
            "整改佐证材料须为本次整改期间为该品牌上传的文件，请重新上传后再提交。"),
    DOCUMENT_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "Decision document unknown", "请先上传该品牌的省级认定文件，再填写认定信息。"),
    EXTENSION_DAYS_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Working days required", "延期须填写延长的工作日数。"),
    BRAND_EXITED(HttpStatus.CONFLICT, "Brand exited", "该劳务品牌已退出，不能再进行任何变更。"),
    WRONG_STATUS(HttpStatus.CONFLICT, "Not allowed in this status", "该劳务品牌当前状态不能进行此操作。"),
    ALREADY_RECTIFYING(HttpStatus.CONFLICT, "Already rectifying", "该劳务品牌正在限期整改中，请在现有整改中延期或作出决定。"),
    OTHER_RECTIFICATION(HttpStatus.CONFLICT, "Another rectification", "该整改不是本品牌当前进行中的整改。"),
    NOT_EXTENDED(HttpStatus.CONFLICT, "Rectification not extended", "该整改尚未延期，没有新的整改期限。"),
    RECTIFICATION_NOT_CLOSED(HttpStatus.CONFLICT, "Rectification not decided", "整改尚未审核通过，品牌不能恢复为有效状态。"),
    NO_GROUND_FOR_EXIT(HttpStatus.CONFLICT, "No ground for exit", "只有逾期未整改或整改未通过的品牌才能提出退出建议。"),
    EXIT_NOT_PROPOSED(HttpStatus.CONFLICT, "Exit not proposed", "尚未提出退出建议，领导小组不能作出退出决定。"),
    EXIT_DECISION_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Exit decision required",
            "退出须依据市就业工作领导小组的退出决定，请填写决定文号和决定日期。"),
    PROVINCIAL_DECISION_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Provincial decision required", "请填写省级认定的决定文号和认定日期。"),
    PROVINCIAL_NOT_FOR_DISTRICT_LEVEL(HttpStatus.UNPROCESSABLE_CONTENT, "District-level brand",
            "区级劳务品牌不能直接记录为省级劳务品牌；省级认定应记录在该品牌的市级证书上，请先认定为市级劳务品牌。"),
    PROVINCIAL_ALREADY_RECORDED(HttpStatus.CONFLICT, "Provincial certification already recorded", "该劳务品牌已记录省级认定，不能重复记录。"),
    PROVINCIAL_BEFORE_CERTIFICATION(HttpStatus.UNPROCESSABLE_CONTENT, "Provincial decision before certification",
            "省级认定日期不能早于本市认定日期。");

    private final Text text;

    LifecycleProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
