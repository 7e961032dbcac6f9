package cn.dalian.laborbrand.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewers' queue as the events tell it (see {@link QueueRules}), for the daily digest. */
@Service
public class ReviewQueue {

    private final QueueRepository queue;
    private final Clock clock;

    ReviewQueue(QueueRepository queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Takes note of what an event changes in a bureau's queue, in the caller's transaction; other events change nothing.
     * The same event again changes nothing more (the listener's inbox already drops repeats; this keeps the queue safe alone).
     */
    @Transactional
    public void track(UUID eventId, Object event) {
        List<QueueChange> changes = QueueRules.changesFor(event);
        Instant now = clock.instant();
        if (changes.isEmpty() || !queue.firstTimeOf(eventId, now)) {
            return;
        }
        changes.forEach(change -> queue.apply(change, now));
    }
}
