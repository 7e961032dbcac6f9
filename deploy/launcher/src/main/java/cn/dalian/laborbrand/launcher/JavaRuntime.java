package cn.dalian.laborbrand.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK the launcher runs on, which also runs every child JVM, and the classpath the broker JVM borrows. */
final class JavaRuntime {

    private JavaRuntime() {
    }

    static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    static String java() {
        return home().resolve("bin/java").toString();
    }

    /**
     * The launcher's own libraries: {@code lib/*} beside launcher.jar (or beside target/classes when run from
     * the build), else this JVM's classpath. The Kafka broker and its storage tool run from it.
     */
    static String launcherClasspath() {
        try {
            Path codeSource = Path.of(JavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = codeSource.getParent().resolve("lib");
            if (Files.isDirectory(lib)) {
                return lib + "/*";
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the JVM's classpath
        }
        return System.getProperty("java.class.path");
    }
}
