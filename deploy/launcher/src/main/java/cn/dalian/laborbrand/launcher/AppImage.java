package cn.dalian.laborbrand.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Boot app's jar unpacked into the cache ({@code java -Djarmode=tools extract}: an app jar beside lib/),
 * which starts faster than the nested jar: seven copies of a service on two cores were healthy after 73 s
 * from the jar, 42 s extracted, 29 s with a class-data archive as well. One folder per build of the jar
 * (its size and time stamp), so a rebuilt jar is unpacked again and gets a fresh archive.
 *
 * @param folder      the unpacked build, which also holds its class-data archive; null when the jar could not be unpacked
 * @param runnableJar what {@code java -jar} runs
 */
record AppImage(Path folder, Path runnableJar) {

    private static final String EXTRACTED_MARKER = ".extracted";
    private static final String IN_USE = ".in-use";
    /** The locks this launcher holds on the builds its apps run from; the operating system drops them when it exits. */
    private static final List<FileChannel> HELD = new CopyOnWriteArrayList<>();

    /** Unpacks the jar unless this build of it was unpacked before; falls back to the jar itself if it cannot be. */
    static AppImage prepare(Component app, Path jar, Path cache) throws IOException {
        Path appFolder = cache.resolve("apps").resolve(app.id());
        String build = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        Path folder = appFolder.resolve(build);
        if (Files.exists(folder.resolve(EXTRACTED_MARKER))) {
            holdInUse(folder);
            return new AppImage(folder, folder.resolve(jar.getFileName()));
        }
        removeEarlierBuilds(appFolder);
        Path partial = appFolder.resolve(build + ".partial-" + UUID.randomUUID());
        if (!extract(jar, partial)) {
            Folders.deleteTree(partial);
            return new AppImage(null, jar);
        }
        Files.writeString(partial.resolve(EXTRACTED_MARKER), jar.toString());
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        holdInUse(folder);
        return new AppImage(folder, folder.resolve(jar.getFileName()));
    }

    /** The app's class-data archive, beside the unpacked build it belongs to; none for a jar that could not be unpacked. */
    ClassDataArchive classData(boolean record) {
        return folder == null ? null : ClassDataArchive.in(folder, record);
    }

    private static boolean extract(Path jar, Path destination) throws IOException {
        Process process = new ProcessBuilder(JavaRuntime.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                destination.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Folders of earlier builds of the same jar: they would only fill the disk. A build another launcher's stack still
     * runs from (the system tests' beside {@code ./run.sh}, say) is left alone: deleting it would take the files from
     * under its running services.
     */
    static void removeEarlierBuilds(Path appFolder) throws IOException {
        if (!Files.isDirectory(appFolder)) {
            return;
        }
        try (Stream<Path> builds = Files.list(appFolder)) {
            for (Path build : builds.toList()) {
                if (!isInUse(build)) {
                    Folders.deleteTree(build);
                }
            }
        }
    }

    /** Marks the build as run from, for as long as this launcher lives: a shared lock on its {@code .in-use} file. */
    static void holdInUse(Path build) throws IOException {
        FileChannel channel = FileChannel.open(build.resolve(IN_USE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channel.lock(0, Long.MAX_VALUE, true);
        HELD.add(channel);
    }

    /** Whether a launcher (this one or another) holds the build's lock. */
    private static boolean isInUse(Path build) throws IOException {
        Path marker = build.resolve(IN_USE);
        if (!Files.exists(marker)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        }
    }
}
