package cn.dalian.laborbrand.subsidy.batch;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a payment batch, or a step on it, is refused, each with a stable code. */
public enum BatchProblem implements ErrorCode {
    ENTITLEMENT_NOT_FOUND(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown entitlement", "所选补贴资格不存在，请刷新后重新选择。"),
    ENTITLEMENT_IN_ANOTHER_BATCH(HttpStatus.CONFLICT, "Entitlement in another batch", "所选补贴资格已在其他待审批或已审批的支付批次中。"),
    SAME_PERSON(HttpStatus.CONFLICT, "Maker and checker are the same person", "支付批次不能由经办人本人审批或退回，请由其他财务审批人员办理。"),
    BATCH_NOT_OPEN(HttpStatus.CONFLICT, "Batch already decided", "该支付批次已审批或已退回，不能再次办理。"),
    PAYEE_ACCOUNT_MISSING(HttpStatus.UNPROCESSABLE_CONTENT, "Payee account missing", "申报单位尚未在单位信息中填写银行账户，不能列入支付批次。"),
    PAYEE_NAME_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "Payee account name differs from the unit",
            "申报单位银行账户的户名与补贴资格上的单位名称不一致，请单位核实后再列入支付批次。"),
    PAYEE_SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Payee accounts unavailable", "暂时无法读取申报单位的收款账户，请稍后再试。");

    private final Text text;

    BatchProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
