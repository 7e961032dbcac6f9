package cn.dalian.laborbrand.smssimulator.http;

import java.util.Optional;

/** Failures a test or a demo asks for: the next {@code count} sends answer {@code status} instead of sending. */
public final class Failures {

    /** What is still to come: a status and how many sends get it. */
    public record Pending(int status, int count) {
    }

    private Pending pending = new Pending(500, 0);

    public synchronized void inject(int status, int count) {
        pending = new Pending(status, count);
    }

    public synchronized Pending pending() {
        return pending;
    }

    /** The status this send gets instead of being sent, counting it off; empty when none is pending. */
    public synchronized Optional<Integer> takeOne() {
        if (pending.count() == 0) {
            return Optional.empty();
        }
        pending = new Pending(pending.status(), pending.count() - 1);
        return Optional.of(pending.status());
    }
}
