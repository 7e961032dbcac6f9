package cn.dalian.laborbrand.platform.starter.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.RoutingTarget;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCatalog;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;

/**
 * How the outbox relay sends an envelope: to its type's topic, keyed by its subject, as the JSON the
 * codec writes, with the routing facts in headers.
 */
final class EventRouting {

    private EventRouting() {
    }

    static EventExternalizationConfiguration of(EventCodec codec) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(EventEnvelope.class)
                .route(EventEnvelope.class, envelope -> RoutingTarget.forTarget(definitionOf(envelope).topic()).andKey(envelope.subject()))
                // a Message, because Modulith asks for headers after mapping, when the envelope is gone
                .mapping(EventEnvelope.class, envelope -> MessageBuilder.withPayload(codec.write(envelope))
                        .copyHeaders(headers(envelope)).build())
                .build();
    }

    private static EventDefinition<?> definitionOf(EventEnvelope<?> envelope) {
        return EventCatalog.byType(envelope.type())
                .orElseThrow(() -> new IllegalStateException("event type " + envelope.type() + " is not in the catalogue"));
    }

    private static Map<String, Object> headers(EventEnvelope<?> envelope) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.EVENT_ID, bytes(envelope.eventId().toString()));
        headers.put(EventHeaders.EVENT_TYPE, bytes(envelope.type()));
        headers.put(EventHeaders.SCHEMA_VERSION, bytes(envelope.schemaVersion().toString()));
        headers.put(EventHeaders.SOURCE, bytes(envelope.source()));
        if (envelope.correlationId() != null) {
            headers.put(EventHeaders.CORRELATION_ID, bytes(envelope.correlationId()));
        }
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
