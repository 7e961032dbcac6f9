package cn.dalian.laborbrand.systemtests.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** Reads the repository's deployment descriptors and the configuration files of its modules. */
final class DeploymentDescriptors {

    /** {@code ${NAME}} or {@code ${NAME:default}} where NAME is an environment-style variable. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private DeploymentDescriptors() {
    }

    static Map<String, Object> compose() {
        return yaml(ROOT.resolve("docker-compose.yml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (Map<String, Object>) new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's runnable modules: every {@code *-service} and the gateway. */
    static List<String> runnableModules() {
        Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        return modules.results().map(m -> m.group(1)).filter(m -> m.endsWith("-service") || m.equals("gateway")).toList();
    }

    /**
     * Every environment variable a module's configuration reads, with its default when it has one. A
     * service also reads the shared defaults of platform-starter.
     */
    static Map<String, Optional<String>> variablesReadBy(String module) {
        Map<String, Optional<String>> variables = new LinkedHashMap<>();
        Stream.of(ROOT.resolve(module).resolve("src/main/resources/application.yml"),
                        module.equals("gateway") ? null
                                : ROOT.resolve("platform/platform-starter/src/main/resources/laborbrand-defaults.yml"))
                .filter(file -> file != null && Files.exists(file))
                .forEach(file -> VARIABLE.matcher(read(file)).results()
                        .forEach(m -> variables.merge(m.group(1), Optional.ofNullable(m.group(2)),
                                (first, second) -> first.isPresent() ? first : second)));
        return variables;
    }

    /** A service's database: {@code laborbrand.database-name} in its application.yml. */
    @SuppressWarnings("unchecked")
    static String databaseName(String module) {
        Map<String, Object> laborbrand = (Map<String, Object>) yaml(ROOT.resolve(module).resolve("src/main/resources/application.yml")).get("laborbrand");
        return (String) laborbrand.get("database-name");
    }

    static Properties buildVersions() {
        Properties versions = new Properties();
        try (InputStream in = DeploymentDescriptors.class.getResourceAsStream("/versions.properties")) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
