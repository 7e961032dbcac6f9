package cn.dalian.laborbrand.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id ties one user action together across the gateway, every service and Kafka.
 * The gateway sets it when the caller did not; services keep it in the logging context and echo it.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    /** Key in the logging context (MDC) and in problem documents. */
    public static final String KEY = "correlationId";

    // a caller-supplied id ends up in logs: accept only a short, plain token
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationId() {
    }

    /** The caller's id when it is well-formed, otherwise a fresh one. */
    public static String acceptOrCreate(String supplied) {
        return supplied != null && ACCEPTED.matcher(supplied).matches() ? supplied : UUID.randomUUID().toString();
    }
}
