package cn.dalian.laborbrand.launcher;

import java.util.function.Consumer;

/** Progress lines stamped with the seconds since the start, so that a person watching sees time pass. */
final class Progress {

    private final Consumer<String> out;
    private final long start = System.nanoTime();

    Progress(Consumer<String> out) {
        this.out = out;
    }

    void say(String message) {
        out.accept(String.format("[%4ds] %s", elapsedSeconds(), message));
    }

    long elapsedSeconds() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
