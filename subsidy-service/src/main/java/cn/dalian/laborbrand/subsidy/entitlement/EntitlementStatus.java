package cn.dalian.laborbrand.subsidy.entitlement;

/** Where an entitlement stands between certification and payout (maker-checker). */
public enum EntitlementStatus {
    /** 待经办: created on certification, waiting for a finance clerk. */
    CREATED("待经办"),
    /** 待审批: prepared by a clerk, waiting for an approver who is not that clerk. */
    PREPARED("待审批"),
    APPROVED("已审批"),
    DISBURSED("已拨付"),
    PAYMENT_FAILED("拨付失败");

    private final String label;

    EntitlementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
