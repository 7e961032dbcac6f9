package cn.dalian.laborbrand.subsidy.reconciliation;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a statement import is refused, each with a stable code. */
public enum ReconciliationProblem implements ErrorCode {
    STATEMENT_EMPTY(HttpStatus.UNPROCESSABLE_CONTENT, "Statement file empty", "对账单文件是空的，请从支付系统重新下载后导入。"),
    STATEMENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Statement file too large", "对账单文件超过 1 MB，不是支付系统导出的日对账单，请核对。"),
    STATEMENT_MALFORMED(HttpStatus.UNPROCESSABLE_CONTENT, "Statement malformed", "对账单格式有误，未导入任何数据，请按各行的提示核对后重新导入。"),
    STATEMENT_DATE_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Statement date required",
            "该对账单没有交易明细，请选择对账日期后重新导入（无交易的日期也应对账）。"),
    STATEMENT_DATE_IN_FUTURE(HttpStatus.UNPROCESSABLE_CONTENT, "Statement date in the future", "对账日期晚于今天，不能导入。"),
    /** Another file of the day was saved at the same moment (a file of a day imported before replaces it: 201). */
    STATEMENT_DATE_ALREADY_IMPORTED(HttpStatus.CONFLICT, "Statement date already imported",
            "该日期的另一份对账单与您的导入同时保存，本次导入未生效，请查看后重新导入。");

    private final Text text;

    ReconciliationProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
