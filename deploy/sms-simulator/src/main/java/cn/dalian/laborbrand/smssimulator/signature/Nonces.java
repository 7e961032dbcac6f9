package cn.dalian.laborbrand.smssimulator.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The nonces of validly signed requests of the last 10 minutes: one seen again is a replayed capture. Kept in memory
 * only: after a restart the 300-second timestamp window still bounds a replay.
 */
public final class Nonces {

    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<String, Instant> seen = new HashMap<>();

    public Nonces(Clock clock) {
        this.clock = clock;
    }

    /** Records the nonce; false when it was seen within the window. */
    public synchronized boolean firstUse(String nonce) {
        Instant now = clock.instant();
        seen.values().removeIf(at -> at.plus(WINDOW).isBefore(now));
        return seen.putIfAbsent(nonce, now) == null;
    }
}
