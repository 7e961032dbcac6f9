package cn.dalian.laborbrand.simulatorkit.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A simulated outage of the simulated system's API: until it ends, every {@code /v1/**} request is answered 503. */
public final class Outage {

    private final Clock clock;
    /** Null when there is none. */
    private volatile Instant end;

    public Outage(Clock clock) {
        this.clock = clock;
    }

    /** Starts an outage of this length from now, or ends the current one with zero. */
    public void lastFor(Duration length) {
        end = length.isZero() ? null : clock.instant().plus(length);
    }

    /** When the current outage ends; empty when there is none. */
    public Optional<Instant> until() {
        Instant until = end;
        return until != null && until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    /** How long the current outage still lasts. */
    public Optional<Duration> remaining() {
        return until().map(until -> Duration.between(clock.instant(), until));
    }
}
