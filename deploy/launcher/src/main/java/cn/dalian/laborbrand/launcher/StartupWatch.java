package cn.dalian.laborbrand.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Waits until every started component reports ready, printing what is up and what is still awaited
 * every few seconds. Fails fast, with the end of its log, when a process dies or takes too long.
 */
final class StartupWatch {

    private static final long POLL_MILLIS = 500;
    private static final long REPORT_EVERY_SECONDS = 5;
    private static final int TAIL_LINES = 40;

    /**
     * One component being awaited.
     *
     * @param hint what to tell a person while waiting (e.g. that the first Keycloak start builds the server)
     */
    record Awaited(String name, ChildProcess process, BooleanSupplier ready, String hint) {
    }

    private final Progress progress;
    private final Duration timeout;
    private final List<String> up = new ArrayList<>();

    StartupWatch(Progress progress, Duration timeout) {
        this.progress = progress;
        this.timeout = timeout;
    }

    /** Marks a component as up without waiting (PostgreSQL, whose start already blocks until it accepts connections). */
    void markUp(String name) {
        up.add(name);
    }

    void await(List<Awaited> components) {
        Map<String, Awaited> waiting = new LinkedHashMap<>();
        components.forEach(c -> waiting.put(c.name(), c));
        long start = System.nanoTime();
        long nextReport = REPORT_EVERY_SECONDS;
        while (!waiting.isEmpty()) {
            for (Awaited component : List.copyOf(waiting.values())) {
                if (component.process().isStopping()) {
                    throw new LaunchException("the start was cancelled: the platform is stopping");
                }
                if (!component.process().isAlive()) {
                    throw died(component);
                }
                if (component.ready().getAsBoolean()) {
                    waiting.remove(component.name());
                    up.add(component.name());
                    progress.say("✓ " + component.name() + " is up");
                }
            }
            long waited = (System.nanoTime() - start) / 1_000_000_000L;
            if (!waiting.isEmpty() && waited >= timeout.toSeconds()) {
                throw tooSlow(waiting.values().iterator().next());
            }
            if (!waiting.isEmpty() && waited >= nextReport) {
                report(waiting.values());
                nextReport = waited + REPORT_EVERY_SECONDS;
            }
            sleep();
        }
    }

    private void report(Iterable<Awaited> waiting) {
        List<String> names = new ArrayList<>();
        waiting.forEach(c -> names.add(c.hint() == null ? c.name() : c.name() + " (" + c.hint() + ")"));
        progress.say("… waiting for " + String.join(", ", names) + (up.isEmpty() ? "" : "; up: " + String.join(", ", up)));
    }

    private LaunchException died(Awaited component) {
        return new LaunchException(component.name() + " stopped while starting (exit code " + component.process().exitValue()
                + "). The end of its log, " + component.process().log() + ":" + System.lineSeparator()
                + component.process().tail(TAIL_LINES));
    }

    private LaunchException tooSlow(Awaited component) {
        return new LaunchException(component.name() + " was not ready after " + timeout.toSeconds() + " s. The end of its log, "
                + component.process().log() + ":" + System.lineSeparator() + component.process().tail(TAIL_LINES));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for the platform to start");
        }
    }
}
