package cn.dalian.laborbrand.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock every service under test reads (it replaces the platform's {@code Clock} bean): it follows
 * real time until a test moves it, so that "five working days later" takes no waiting. Tests that move
 * it put it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A clock of one's own, for a plain class under test; services under test share {@link PlatformTestInfrastructure}'s. */
    public TestClock() {
    }

    /** Moves time forward (or back) by the amount. */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Makes now the given instant (time keeps running from there). */
    public void setTo(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
