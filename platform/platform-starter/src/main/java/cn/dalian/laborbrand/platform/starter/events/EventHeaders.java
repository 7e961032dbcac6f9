package cn.dalian.laborbrand.platform.starter.events;

/** Kafka headers every event carries besides its JSON envelope, so that tools can route without parsing. */
public final class EventHeaders {

    public static final String EVENT_ID = "laborbrand-event-id";
    public static final String EVENT_TYPE = "laborbrand-event-type";
    public static final String SCHEMA_VERSION = "laborbrand-schema-version";
    public static final String CORRELATION_ID = "laborbrand-correlation-id";
    public static final String SOURCE = "laborbrand-source";

    private EventHeaders() {
    }
}
