package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The SMTP server notification-service sends e-mail to: GreenMail standalone, its jar taken from the local Maven
 * repository (the launcher's build resolves it, like Keycloak's zip), in a JVM of its own. It keeps what it receives
 * in memory, without authentication, and shows it through its REST API and web page, where a person reads what was
 * sent. It delivers nothing onwards, so no demo e-mail can reach a real address.
 */
final class MailServer {

    private static final List<String> JVM_FLAGS = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss256k");

    private final Path jar;
    private final DataLayout layout;
    private final Ports ports;
    private final String marker;

    MailServer(BuildInfo build, DataLayout layout, Ports ports, String marker) {
        this.jar = build.greenMailJar();
        this.layout = layout;
        this.ports = ports;
        this.marker = marker;
    }

    /** Its REST API and web page: {@code /api/user/<address>/messages/} lists what one address received. */
    URI apiUrl() {
        return URI.create("http://" + Ports.HOST + ":" + ports.greenMailApi() + "/");
    }

    /** Where a person reads one address's e-mail. */
    URI messagesOf(String address) {
        return apiUrl().resolve("/api/user/" + address + "/messages/");
    }

    ChildProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException("GreenMail (" + jar.getFileName() + ") is not in the local Maven repository at " + jar
                    + ". Build the launcher, which downloads it from Maven Central: ./mvnw -pl deploy/launcher -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.java());
        command.addAll(JVM_FLAGS);
        command.add(marker);
        // SMTP only (the platform only sends), bound to the loopback; any sender and recipient, no log-in
        command.addAll(List.of("-Dgreenmail.smtp.hostname=" + Ports.HOST, "-Dgreenmail.smtp.port=" + ports.of(Component.GREENMAIL),
                "-Dgreenmail.api.hostname=" + Ports.HOST, "-Dgreenmail.api.port=" + ports.greenMailApi(), "-Dgreenmail.auth.disabled",
                "-jar", jar.toString()));
        return ChildProcess.start(Component.GREENMAIL.id(), command, Map.of(), workDirectory(), layout.log(Component.GREENMAIL.id()));
    }

    /** Its API answers once SMTP listens too. */
    BooleanSupplier readiness() {
        return HttpProbe.ok(apiUrl().resolve("/api/service/readiness"));
    }

    private Path workDirectory() {
        Path folder = layout.apps().resolve(Component.GREENMAIL.id());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LaunchException("could not create " + folder + ": " + e.getMessage(), e);
        }
    }
}
