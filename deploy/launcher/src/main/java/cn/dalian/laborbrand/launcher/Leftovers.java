package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
        List<ProcessHandle> found = new ArrayList<>(ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .toList());
        postmaster(layout.postgres()).ifPresent(found::add);
        if (found.isEmpty()) {
            return;
        }
        progress.say("stopping what an earlier launcher on this data folder left running (it was killed before it could stop them): pids "
                + found.stream().map(process -> Long.toString(process.pid())).collect(Collectors.joining(", ")));
        found.forEach(ProcessHandle::destroy);
        found.forEach(Leftovers::awaitExit);
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
