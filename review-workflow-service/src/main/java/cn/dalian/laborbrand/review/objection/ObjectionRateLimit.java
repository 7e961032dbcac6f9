package cn.dalian.laborbrand.review.objection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many attempts one client address may make in a sliding window (an hour for objections), in this instance's
 * memory; beyond it, how long until the oldest attempt leaves the window. Addresses whose attempts all left the window
 * are forgotten once the map grows past {@code maxClients}.
 */
final class ObjectionRateLimit {

    /** @param retryAfter when refused: whole seconds until an attempt is allowed again (at least one), as {@code Retry-After} wants */
    record Decision(boolean allowed, Duration retryAfter) {
    }

    private final int perWindow;
    private final Duration window;
    private final int maxClients;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    ObjectionRateLimit(int perWindow, Duration window, int maxClients) {
        this.perWindow = perWindow;
        this.window = window;
        this.maxClients = maxClients;
    }

    Decision attempt(String client, Instant now) {
        if (attempts.size() > maxClients) {
            attempts.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
                }
            });
        }
        Deque<Instant> times = attempts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= perWindow) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                return new Decision(false, Duration.ofSeconds(seconds));
            }
            times.addLast(now);
            return new Decision(true, Duration.ZERO);
        }
    }
}
