package cn.dalian.laborbrand.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code java -jar launcher.jar}: starts the platform, prints where everything is, and stays until
 * Ctrl-C (the shutdown hook of {@link LocalPlatform} stops everything) or until a component dies
 * (then it shows why and stops the rest).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // the libraries' INFO lines (PostgreSQL's unpacking and start) would drown the progress lines
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // the summary has Chinese names; do not depend on the terminal's locale settings
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException | LaunchException e) {
            out.println("✗ " + e.getMessage());
            out.println();
            out.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            out.print(CommandLine.USAGE);
            return;
        }
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(commandLine.options().withProgress(out::println));
        } catch (LaunchException e) {
            out.println();
            out.println("✗ " + e.getMessage());
            System.exit(1);
            return;
        }
        // since this JVM started, as a person counts it
        long seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        Summary.of(platform, seconds).forEach(out::println);
        try {
            String failure = platform.awaitUnexpectedExit();
            out.println();
            out.println("✗ " + failure);
            platform.close();
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
