package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server, unpacked once from the distribution zip (which the launcher's Maven build fetched
 * from Maven Central into the local repository) into the cache folder. The cache lies outside target/, so
 * {@code mvn clean} keeps it, and the one-time server build Keycloak does on its first start survives too.
 */
final class KeycloakDistribution {

    private static final String UNPACKED_MARKER = ".unpacked";
    private static final String BUILT_MARKER = ".built-for-postgres";

    private final Path zip;
    private final Path home;

    KeycloakDistribution(BuildInfo build, Path cache) {
        this.zip = build.keycloakDistZip();
        this.home = cache.resolve("keycloak-" + build.keycloakVersion());
    }

    Path home() {
        return home;
    }

    /** Whether a Keycloak start already built the server for PostgreSQL (the next start is then quick). */
    boolean isBuilt() {
        return Files.exists(home.resolve(BUILT_MARKER));
    }

    void markBuilt() throws IOException {
        Files.writeString(home.resolve(BUILT_MARKER), "");
    }

    /** Unpacks the zip unless an earlier start did; returns whether it had to. */
    boolean ensureUnpacked() throws IOException {
        if (Files.exists(home.resolve(UNPACKED_MARKER))) {
            return false;
        }
        if (!Files.isRegularFile(zip)) {
            throw new LaunchException("the Keycloak server (" + zip.getFileName() + ") is not in the local Maven repository at " + zip
                    + ". Build the launcher, which downloads it from Maven Central: ./mvnw -pl deploy/launcher -DskipTests package");
        }
        Folders.deleteTree(home); // a half-unpacked folder from an interrupted start
        Path partial = home.resolveSibling(home.getFileName() + ".partial-" + UUID.randomUUID());
        unzip(partial);
        Files.writeString(partial.resolve(UNPACKED_MARKER), zip.toString());
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** Extracts the zip without its top folder (keycloak-x.y.z/); java.util.zip drops the Unix modes, so the scripts get theirs back. */
    private void unzip(Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                Path path = target.resolve(name.substring(slash + 1)).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

}
