package cn.dalian.laborbrand.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the launcher started, with stdout and stderr appended to its log file. It runs in a session of
 * its own ({@code setsid}), so the Ctrl-C a terminal sends to the launcher's process group reaches only the
 * launcher, which then stops the children in order instead of all of them dying at once.
 */
final class ChildProcess {

    /** Enough for a clean stop, including writing a class-data archive on the first stop (a few seconds per JVM). */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;
    private final long logStart;
    private volatile boolean stopping;

    private ChildProcess(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDirectory, Path log) {
        List<String> detached = new ArrayList<>(command.size() + 1);
        detached.add("setsid");
        detached.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(detached)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- " + LocalDateTime.now() + " starting: " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long logStart = Files.size(log);
            return new ChildProcess(name, builder.start(), log, logStart);
        } catch (IOException e) {
            throw new LaunchException("could not start " + name + ": " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().contains("setsid") ? " (setsid comes with util-linux: apt install util-linux)" : ""), e);
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** True once {@link #stop()} began: its exit is then expected, not a failure. */
    boolean isStopping() {
        return stopping;
    }

    int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /**
     * SIGTERM to the process and everything it started (Keycloak's kc.sh runs the server JVM as a child),
     * a grace period for a clean shutdown, then SIGKILL to whatever is left.
     */
    void stop() {
        stopping = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception notInTime) {
                handle.destroyForcibly();
            }
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this run of the process (not an earlier one in the same log) wrote the text. */
    boolean logged(String text) {
        return LogTail.contains(log, logStart, text);
    }

    /** The last lines this run of the process logged, to show why it died. */
    String tail(int lines) {
        return LogTail.of(log, logStart, lines);
    }
}
