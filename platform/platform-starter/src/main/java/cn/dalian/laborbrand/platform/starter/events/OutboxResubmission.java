package cn.dalian.laborbrand.platform.starter.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what Kafka did not acknowledge: an event written while the broker was down stays in the
 * outbox, and is sent once the broker is back, within a bounded delay (and at every restart).
 */
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final EventRetryProperties retry;

    OutboxResubmission(IncompleteEventPublications incomplete, EventRetryProperties retry) {
        this.incomplete = incomplete;
        this.retry = retry;
    }

    @Scheduled(fixedDelayString = "${laborbrand.events.resubmit-interval:15s}", initialDelayString = "${laborbrand.events.resubmit-interval:15s}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retry.resubmitAfter());
        } catch (RuntimeException e) {
            // the database may be away too; the next round tries again
            log.warn("could not resubmit outstanding events: {}", e.getMessage());
        }
    }
}
