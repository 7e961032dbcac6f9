package cn.dalian.laborbrand.simulatorkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.simulatorkit.MutableClock;

class OutageTest {

    /** 2026-12-01 14:30:00 in Beijing. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:30:00Z"));
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
}
