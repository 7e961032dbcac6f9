package cn.dalian.laborbrand.application.organisation;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a profile is refused, each with a stable code. */
public enum ProfileProblem implements ErrorCode {
    CREDIT_CODE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Credit code invalid", "统一社会信用代码不正确。"),
    ORG_ID_MISMATCH(HttpStatus.FORBIDDEN, "Organisation mismatch", "填写的统一社会信用代码与您账号关联的单位不一致。"),
    BANK_ACCOUNT_NAME_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "Account name is not the legal name", "收款账户名称应与单位名称一致。"),
    PERSONAL_DATA_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Personal data required", "首次填写单位档案时请填写手机号码和银行账号。"),
    PROFILE_MISSING(HttpStatus.CONFLICT, "Profile missing", "请先填写单位档案，再开始申报。");

    private final Text text;

    ProfileProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
