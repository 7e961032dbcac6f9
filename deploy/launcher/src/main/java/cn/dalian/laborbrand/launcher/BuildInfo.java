package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the launcher's Maven build wrote into {@code launcher.properties}: the project version (to name the
 * services' jars) and where the Keycloak distribution zip and GreenMail's standalone jar lie in the local Maven repository.
 */
record BuildInfo(String projectVersion, String keycloakVersion, Path keycloakDistZip, Path greenMailJar) {

    static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/launcher.properties")) {
            if (in == null) {
                throw new LaunchException("launcher.properties is missing from the classpath: build the launcher with "
                        + "./mvnw -pl deploy/launcher package");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(properties.getProperty("project.version"), properties.getProperty("keycloak.version"),
                Path.of(properties.getProperty("keycloak.dist.zip")), Path.of(properties.getProperty("greenmail.jar")));
    }
}
