package cn.dalian.laborbrand.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM's dynamic class-data archive (CDS): the classes its start loads, parsed and verified once and then
 * mapped from a file. The JVM writes the archive when it exits without a usable one
 * ({@code -XX:+AutoCreateSharedArchive}, Java 19+), so the first stop of a stack takes a few seconds longer
 * and every later start is quicker: a service was healthy after 6 s instead of 9 s, Keycloak after 8 s
 * instead of 12 s. An archive only fits the JDK that wrote it and the exact jars; a mismatch is ignored by
 * the JVM and, when recording, replaced at the next exit.
 *
 * @param file   where the archive lies (in the cache, named after the JDK build)
 * @param record whether the JVM may write it; without, an existing archive is still used
 */
record ClassDataArchive(Path file, boolean record) {

    private static final String QUIET = "-Xlog:cds*=off";

    static ClassDataArchive in(Path folder, boolean record) {
        return new ClassDataArchive(folder.resolve("classes-" + Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_") + ".jsa"),
                record);
    }

    /** Whether the JVM will write the archive when it stops (which makes that stop a few seconds longer). */
    boolean writtenOnExit() {
        return record && !Files.isRegularFile(file);
    }

    /**
     * The JVM flags; its notes about classes it leaves out of the archive (proxies, JFR events, …) are
     * switched off, as hundreds of them would bury the app's own log lines.
     */
    List<String> jvmFlags() {
        if (record) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + file, QUIET);
        }
        return Files.isRegularFile(file) ? List.of("-XX:SharedArchiveFile=" + file, QUIET) : List.of();
    }
}
