package cn.dalian.laborbrand.launcher;

/**
 * Every port of one stack: the catalogue's base ports plus an offset, so that a second stack (a system
 * test) can run beside a developer's. Everything binds to 127.0.0.1 only.
 */
public record Ports(int offset) {

    public static final String HOST = "127.0.0.1";
    /** The Kafka KRaft controller listener, next to the broker's. */
    private static final int KAFKA_CONTROLLER_BASE = 19093;
    /** GreenMail's REST API and web page, beside its SMTP port. */
    private static final int GREENMAIL_API_BASE = 8093;

    public Ports {
        int highest = KAFKA_CONTROLLER_BASE + offset;
        if (offset < 0 || highest > 65535) {
            throw new LaunchException("port offset " + offset + " puts ports outside 1..65535");
        }
    }

    public int of(Component component) {
        return component.basePort() + offset;
    }

    public int kafkaController() {
        return KAFKA_CONTROLLER_BASE + offset;
    }

    public int greenMailApi() {
        return GREENMAIL_API_BASE + offset;
    }

    public String url(Component component) {
        return "http://" + HOST + ":" + of(component);
    }
}
