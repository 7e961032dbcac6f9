package cn.dalian.laborbrand.subsidy.batch;

/** Where a payment batch stands under maker–checker. */
public enum BatchStatus {
    /** 待审批: prepared by a clerk, waiting for an approver who is not that clerk. */
    PREPARED("待审批"),
    APPROVED("已审批"),
    /** 已退回: its entitlements are free for another batch. */
    RETURNED("已退回");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
