package cn.dalian.laborbrand.subsidy.payment;

/** Where a payment stands with the payment system. SUCCEEDED and FAILED are final: nothing changes them again. */
public enum PaymentStatus {
    /** 待发送: waiting to be sent, or to be sent again (same key) after the payment system could not be reached. */
    QUEUED("待发送"),
    /** 已提交: the payment system accepted it; its result comes by callback, or is asked for. */
    ACCEPTED("已提交"),
    /** 已到账: paid into the unit's account. */
    SUCCEEDED("已到账"),
    /** 支付失败: refused or failed for good; nothing was paid. */
    FAILED("支付失败");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
