package cn.dalian.laborbrand.registry.feed;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * The one way the registry publishes: each event goes to the outbox, and the ones the province follows also to the
 * feed's journal, in the same transaction, so the feed holds exactly what was published and nothing else.
 */
@Component
public class RegistryPublisher {

    private final EventOutbox outbox;
    private final FeedJournal journal;

    RegistryPublisher(EventOutbox outbox, FeedJournal journal) {
        this.outbox = outbox;
        this.journal = journal;
    }

    public void publish(List<? extends OutgoingEvent<?>> events) {
        events.forEach(this::publish);
    }

    public <P> EventEnvelope<P> publish(OutgoingEvent<P> event) {
        EventEnvelope<P> envelope = outbox.publish(event);
        if (RegistryEvents.PROVINCIAL_FEED.contains(event.definition())) {
            journal.append(envelope);
        }
        return envelope;
    }
}
