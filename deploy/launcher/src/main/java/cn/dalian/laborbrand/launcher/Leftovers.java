package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Processes a previous launcher on the same data folder left running because it was killed without a
 * chance to stop them (kill -9, a closed IDE). Every child JVM carries a marker flag naming its data
 * folder; PostgreSQL is found through its postmaster.pid. Called only while holding the folder's lock, so
 * nothing found here belongs to a live launcher.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** The flag every child JVM of a stack carries: {@code -Dlaborbrand.launcher.data=<data folder>}. */
    static String marker(Path dataDirectory) {
        return "-Dlaborbrand.launcher.data=" + dataDirectory;
    }

    static void stop(DataLayout layout, Progress progress) {
        String marker = marker(layout.data());
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .toList();
        postmaster(layout.postgres()).ifPresent(pg -> progress.say("stopping PostgreSQL left running by an earlier launcher (pid " + pg.pid() + ")"));
        found.forEach(process -> progress.say("stopping " + process.info().command().orElse("a process") + " left running by an earlier launcher (pid "
                + process.pid() + ")"));
        found.forEach(ProcessHandle::destroy);
        postmaster(layout.postgres()).ifPresent(ProcessHandle::destroy);
        found.forEach(Leftovers::awaitExit);
        postmaster(layout.postgres()).ifPresent(Leftovers::awaitExit);
    }

    private static Optional<ProcessHandle> postmaster(Path postgresData) {
        Path pidFile = postgresData.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            process.destroyForcibly();
        }
    }
}
