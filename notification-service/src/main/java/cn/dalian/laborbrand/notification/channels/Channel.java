package cn.dalian.laborbrand.notification.channels;

/** How a message reaches a person. */
public enum Channel {
    /** 站内消息: the inbox in the platform; every message goes there. */
    IN_APP("站内消息"),
    /** 电子邮件 over SMTP. */
    EMAIL("电子邮件"),
    /** 短信 through the SMS gateway. */
    SMS("短信");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
