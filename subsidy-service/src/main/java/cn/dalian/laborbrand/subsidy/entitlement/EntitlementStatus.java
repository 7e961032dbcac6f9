package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Set;

/** Where an entitlement stands between certification and payout (maker-checker). */
public enum EntitlementStatus {
    /** 待经办: created on certification, waiting for a finance clerk. */
    CREATED("待经办"),
    /** 待审批: prepared by a clerk, waiting for an approver who is not that clerk. */
    PREPARED("待审批"),
    /** 已审批: in an approved batch, its payment under way. */
    APPROVED("已审批"),
    /** 已拨付: the payment system confirmed the money in the unit's account. */
    DISBURSED("已拨付"),
    /** 拨付失败: its payment failed for good; finance may put it into a new batch (a new attempt). */
    PAYMENT_FAILED("拨付失败");

    /** The statuses a finance clerk may put an entitlement into a batch from: waiting for a first payment, or for another. */
    public static final Set<EntitlementStatus> AWAITING_BATCH = Set.of(CREATED, PAYMENT_FAILED);

    private final String label;

    EntitlementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
