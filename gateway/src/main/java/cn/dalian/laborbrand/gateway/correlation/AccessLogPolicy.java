package cn.dalian.laborbrand.gateway.correlation;

import java.time.Duration;

/**
 * Which calls get an access-log line ({@code GATEWAY_ACCESS_LOG}). Every call is counted and timed in
 * {@code http.server.requests} whatever the policy; the log is for the calls a person will look into.
 */
public enum AccessLogPolicy {

    /** Every call: for tracing a session by hand, at about a sixth of the gateway's CPU time per call. */
    ALL,

    /** Calls that were refused or failed (4xx, 5xx), cancelled by the caller, or slower than {@link #SLOW}. */
    PROBLEMS;

    /** A call this slow is worth a line even when it succeeded. */
    public static final Duration SLOW = Duration.ofSeconds(1);

    /** @param status the answer's status, null when none was set (a call cut off before its answer) */
    public boolean writes(Integer status, Duration elapsed, boolean cancelled) {
        return this == ALL || status == null || status >= 400 || cancelled || elapsed.compareTo(SLOW) >= 0;
    }
}
