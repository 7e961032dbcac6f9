package cn.dalian.laborbrand.simulatorkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class OutageTest {

    /** 2026-12-01 14:30:00 in Beijing. */
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T06:30:00Z"));
    private final Outage outage = new Outage(clock);

    @Test
    void thereIsNoOutageUntilOneIsStarted() {
        assertThat(outage.until()).isEmpty();
        assertThat(outage.remaining()).isEmpty();
    }

    @Test
    void anOutageLastsItsLengthFromNowAndThenIsOver() {
        outage.lastFor(Duration.ofMinutes(1));

        assertThat(outage.until()).contains(Instant.parse("2026-12-01T06:31:00Z"));
        clock.now = clock.now.plusSeconds(45);
        assertThat(outage.remaining()).contains(Duration.ofSeconds(15));
        clock.now = clock.now.plusSeconds(15);
        assertThat(outage.until()).isEmpty();
    }

    @Test
    void aLengthOfZeroEndsTheCurrentOutage() {
        outage.lastFor(Duration.ofHours(1));

        outage.lastFor(Duration.ZERO);

        assertThat(outage.until()).isEmpty();
    }

    private static final class MovingClock extends Clock {

        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
