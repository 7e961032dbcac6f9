package cn.dalian.laborbrand.notification.digest;

import java.time.LocalDate;
import java.util.UUID;

/** What an event changes in the queue. */
sealed interface QueueChange {

    /** Something starts waiting (or waits again) for a bureau, or a deadline starts being watched. */
    record Open(QueueItem item) implements QueueChange {
    }

    /** One thing is done. */
    record Close(UUID subject, Task task) implements QueueChange {
    }

    /** Everything about an application (or a rectification) is done: rejected, withdrawn, closed. */
    record CloseAll(UUID subject) implements QueueChange {
    }

    /** A deadline moves (a rectification extended). */
    record Reschedule(UUID subject, Task task, LocalDate dueOn) implements QueueChange {
    }
}
