package cn.dalian.laborbrand.subsidy.batch;

import java.util.Optional;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;
import cn.dalian.laborbrand.subsidy.payment.Payee;
import cn.dalian.laborbrand.subsidy.payment.PaymentOrder;

/** One entitlement in a batch, paid to its unit's account. */
public record BatchLine(UUID entitlementId, String orgId, String unitName, String brandName, CertificationLevel level, Money amount,
        PayeeAccount payee) {

    /**
     * The line of an entitlement, paid to the unit's own account: a unit without an account, or with one in another name,
     * is refused (the bank pays by name and number; a mismatch is returned, or worse, paid to someone else).
     */
    public static BatchLine of(Entitlement entitlement, Optional<PayeeAccount> account) {
        PayeeAccount payee = account.orElseThrow(() -> new PlatformException(BatchProblem.PAYEE_ACCOUNT_MISSING,
                "%s 尚未在单位信息中填写银行账户，不能列入支付批次。".formatted(entitlement.unitName())).with("orgId", entitlement.orgId()));
        if (!normalised(payee.accountName()).equals(normalised(entitlement.unitName()))) {
            throw new PlatformException(BatchProblem.PAYEE_NAME_MISMATCH, "银行账户户名「%s」与单位名称「%s」不一致，请单位核实后再列入支付批次。"
                    .formatted(payee.accountName(), entitlement.unitName())).with("orgId", entitlement.orgId());
        }
        return new BatchLine(entitlement.id(), entitlement.orgId(), entitlement.unitName(), entitlement.brandName(), entitlement.level(),
                entitlement.amount(), payee);
    }

    /** What this line asks the payment module to pay. */
    PaymentOrder order() {
        return new PaymentOrder(entitlementId, orgId, unitName, brandName, level, amount, new Payee(payee.accountName(), payee.bankName(), payee.number()));
    }

    /** Names compared as written, but with full-width brackets and stray spaces not counting as a difference. */
    private static String normalised(String name) {
        return name == null ? "" : name.strip().replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }
}
