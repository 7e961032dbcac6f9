package cn.dalian.laborbrand.review.inspection;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the on-site inspection refuses a change, each with a stable code. */
public enum InspectionProblem implements ErrorCode {
    INSPECTION_CONCLUDED(HttpStatus.CONFLICT, "Inspection concluded", "实地查验已作出结论，记录已锁定，不能再修改。"),
    INSPECTION_STALE(HttpStatus.CONFLICT, "Inspection changed meanwhile", "实地查验记录已被他人修改，请刷新后在最新版本上修改。"),
    INSPECTION_PRECHECK_PENDING(HttpStatus.CONFLICT, "Pre-check pending",
            "资格预审结果尚未生成，认定标准的核查项尚未列出，暂不能作出查验结论；可先保存查验记录。"),
    INSPECTION_INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection incomplete", "查验记录尚未填写完整，不能作出查验结论。"),
    INSPECTION_DATE_IN_FUTURE(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection date in the future", "查验日期不能晚于今天。"),
    INSPECTION_DATE_BEFORE_CASE(HttpStatus.UNPROCESSABLE_CONTENT, "Inspection date before the case",
            "查验日期不能早于申报受理的日期。"),
    INSPECTION_ITEM_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "Checklist item unknown", "核查项不在本案件的查验清单中，请刷新后重试。"),
    INSPECTION_NOTE_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Note required for a discrepancy", "核查结果为“存在出入”的，请写明出入情况。"),
    INSPECTION_DUPLICATE(HttpStatus.UNPROCESSABLE_CONTENT, "Given twice", "同一内容填写了不止一次。");

    private final Text text;

    InspectionProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
