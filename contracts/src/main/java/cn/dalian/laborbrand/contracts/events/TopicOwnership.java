package cn.dalian.laborbrand.contracts.events;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;

/**
 * The rule that makes each topic the word of one service: an event is accepted from a topic only if its {@code source}
 * is the topic's producer ({@link EventDefinition#producer()}) and its type is the one the topic carries. The broker's
 * ACLs keep other services from writing the topic; this rule keeps a consumer from believing what slipped past them (a
 * forged {@code BrandCertified} written by anything but review-workflow-service changes nothing).
 */
public final class TopicOwnership {

    private TopicOwnership() {
    }

    /** @throws ForgedEventException when the envelope did not come from the topic's producer, or the topic does not carry its type */
    public static void verify(String topic, EventEnvelope<?> envelope) {
        EventDefinition<?> carried = EventCatalog.byTopic(topic)
                .orElseThrow(() -> new ForgedEventException(topic + " is no topic of the platform, so no " + envelope.type() + " is accepted from it"));
        if (!carried.type().equals(envelope.type())) {
            throw new ForgedEventException(envelope.type() + " " + envelope.eventId() + " arrived on " + topic + ", which carries "
                    + carried.type() + " only: refused, it changes nothing");
        }
        if (!carried.producer().equals(envelope.source())) {
            throw new ForgedEventException(envelope.type() + " " + envelope.eventId() + " claims to come from " + envelope.source()
                    + ", but only " + carried.producer() + " writes " + topic + ": refused, it changes nothing");
        }
    }
}
