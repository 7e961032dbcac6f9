package cn.dalian.laborbrand.subsidy.budget;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a budget, or a reservation against it, is refused, each with a stable code. */
public enum BudgetProblem implements ErrorCode {
    YEAR_OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_CONTENT, "Year out of range", "预算年度应在 2000 至 2100 年之间。"),
    BUDGET_NOT_SET(HttpStatus.UNPROCESSABLE_CONTENT, "No budget for the year", "该年度尚未录入就业补助资金预算，请先由财务审批人员录入。"),
    BUDGET_EXCEEDED(HttpStatus.UNPROCESSABLE_CONTENT, "Budget exceeded", "本次金额超出该年度就业补助资金预算的可用余额。"),
    ALLOCATION_BELOW_COMMITTED(HttpStatus.UNPROCESSABLE_CONTENT, "Allocation below what is committed",
            "调整后的预算额度低于已预留和已拨付金额之和，不能调减到该额度。");

    private final Text text;

    BudgetProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
