package cn.dalian.laborbrand.registry.rectification;

/** Where a rectification order stands. */
public enum RectificationStatus {
    /** Waiting for the holder's answer until the deadline. */
    OPEN("待整改", false),
    /** The holder answered in time; waiting for the reviewer. */
    ANSWERED("待审核", false),
    /** The reviewer accepted the answer: the rectification is closed and the brand stays. */
    ACCEPTED("整改通过", true),
    /** The reviewer rejected the answer: the rectification failed, which grounds an exit proposal. */
    FAILED("整改未通过", true),
    /** The deadline passed without an answer: closed by the daily check, which grounds an exit proposal. */
    OVERDUE("逾期未整改", true);

    private final String label;
    private final boolean closed;

    RectificationStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return closed;
    }
}
