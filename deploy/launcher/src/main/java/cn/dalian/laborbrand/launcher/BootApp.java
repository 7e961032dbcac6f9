package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service, the gateway or a simulator: its unpacked jar run with lean JVM flags and its class-data
 * archive. Nine JVMs share two cores on a typical laptop, so C1 only, the serial collector and a small heap start
 * them far faster than the defaults, and with a third less memory.
 */
final class BootApp {

    static final List<String> LEAN_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss256k");
    /**
     * The gateway is on the path of every call: it keeps the optimising compiler (C2); with it (and the gateway's limited
     * context propagation) its share of a direct call's throughput rose from 0.33–0.47 to 0.54–0.68 (benchmarks/gateway.sh).
     */
    static final List<String> GATEWAY_FLAGS = List.of("-XX:+UseSerialGC", "-Xss256k");
    private static final String BOOT_APP_HEAP = "-Xmx256m";
    /** The simulators are no Spring apps: their records and the JDK's HTTP server fit in a few megabytes. */
    private static final String OUTSIDE_SYSTEM_HEAP = "-Xmx64m";

    private final Component component;
    private final AppImage image;
    private final DataLayout layout;
    private final boolean recordClassData;
    private final String marker;

    BootApp(Component component, AppImage image, DataLayout layout, boolean recordClassData, String marker) {
        this.component = component;
        this.image = image;
        this.layout = layout;
        this.recordClassData = recordClassData;
        this.marker = marker;
    }

    /** The app's class-data archive; empty for a jar that could not be unpacked. */
    Optional<ClassDataArchive> classData() {
        return Optional.ofNullable(image.classData(recordClassData));
    }

    ChildProcess start(Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.java());
        command.addAll(component == Component.GATEWAY ? GATEWAY_FLAGS : LEAN_FLAGS);
        command.add(component.isBootApp() ? BOOT_APP_HEAP : OUTSIDE_SYSTEM_HEAP);
        classData().ifPresent(classData -> command.addAll(classData.jvmFlags()));
        command.add(marker);
        command.addAll(List.of("-jar", image.runnableJar().toString()));
        return ChildProcess.start(component.id(), command, environment, workDirectory(), layout.log(component.id()));
    }

    /** Where relative paths of the app (such as an upload folder) land: inside the data folder. */
    private Path workDirectory() {
        Path folder = layout.apps().resolve(component.id());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LaunchException("could not create " + folder + ": " + e.getMessage(), e);
        }
    }
}
