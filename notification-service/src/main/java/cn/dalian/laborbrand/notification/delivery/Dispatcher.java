package cn.dalian.laborbrand.notification.delivery;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.notification.notices.Notice;

/** Plans a notice's e-mails and SMS: a row in the consumer's transaction, no call to anybody (the planner and sender do that later). */
@Service
public class Dispatcher {

    private final DispatchRepository dispatches;
    private final Clock clock;

    Dispatcher(DispatchRepository dispatches, Clock clock) {
        this.dispatches = dispatches;
        this.clock = clock;
    }

    /**
     * Plans the e-mails and SMS a notice owes, in the caller's transaction, once per (event, notice kind, recipient): the
     * same event arriving again plans nothing more. Sending happens later, with retries.
     */
    @Transactional
    public void dispatch(UUID eventId, Notice notice) {
        dispatches.insert(eventId, notice, clock.instant());
    }
}
