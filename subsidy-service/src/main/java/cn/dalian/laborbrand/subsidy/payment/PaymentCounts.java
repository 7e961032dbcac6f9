package cn.dalian.laborbrand.subsidy.payment;

import java.util.Map;

/** How a batch's payments stand, and what that means to the finance person reading the batch list. */
public record PaymentCounts(int queued, int accepted, int succeeded, int failed) {

    public static final PaymentCounts NONE = new PaymentCounts(0, 0, 0, 0);

    static PaymentCounts of(Map<PaymentStatus, Integer> byStatus) {
        return new PaymentCounts(byStatus.getOrDefault(PaymentStatus.QUEUED, 0), byStatus.getOrDefault(PaymentStatus.ACCEPTED, 0),
                byStatus.getOrDefault(PaymentStatus.SUCCEEDED, 0), byStatus.getOrDefault(PaymentStatus.FAILED, 0));
    }

    public int pending() {
        return queued + accepted;
    }

    /** 支付中 while any is under way, then 已支付 (all paid), 支付失败 (none paid) or 部分支付失败; none before approval. */
    public String label() {
        int total = pending() + succeeded + failed;
        if (total == 0) {
            return null;
        }
        if (pending() > 0) {
            return "支付中";
        }
        if (succeeded == total) {
            return "已支付";
        }
        return failed == total ? "支付失败" : "部分支付失败";
    }
}
