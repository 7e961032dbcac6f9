package cn.dalian.laborbrand.notification.delivery;

/** Where an e-mail or SMS stands. */
public enum DeliveryStatus {
    /** 待发送: not sent yet, or to be tried again at {@code nextAttemptAt}. */
    PENDING,
    /** 已发送: the SMTP server or the SMS gateway accepted it. */
    SENT,
    /** 发送失败: it cannot go (see the failure code and reason); an operator may resend it. */
    FAILED
}
