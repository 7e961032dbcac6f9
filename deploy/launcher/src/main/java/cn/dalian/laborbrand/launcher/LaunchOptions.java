package cn.dalian.laborbrand.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How to start a local stack. Start from {@link #forRepository(Path)} (what {@code ./run.sh} does) or
 * {@link #forSystemTests(Path)} and adjust with the {@code with…} methods.
 *
 * @param repositoryRoot the checkout: the Boot jars are found under its module folders, the realm under deploy/keycloak
 * @param dataDirectory  this stack's state (PostgreSQL, Kafka, logs); deleted when {@code reset}
 * @param cacheDirectory what survives a reset and is shared by stacks: the unpacked, built Keycloak
 * @param portOffset     added to every port (0: the documented ports; {@value #SYSTEM_TEST_PORT_OFFSET} for system tests)
 * @param apps           the services and gateway to start (infrastructure and the simulators always start)
 * @param reset          delete {@code dataDirectory} before starting
 * @param recordClassData let each JVM that has no class-data archive yet write one when it stops, so that the
 *                       next start is faster (worth it where a stack starts again and again; archives that exist are used either way)
 * @param startupTimeout how long one component may take to become healthy
 * @param progress       where progress lines go (one line per call)
 */
public record LaunchOptions(Path repositoryRoot, Path dataDirectory, Path cacheDirectory, int portOffset, Set<Component> apps,
        boolean reset, boolean recordClassData, Duration startupTimeout, Consumer<String> progress) {

    /** The offset for a second stack beside a developer's: gateway 18080, Keycloak 18180, PostgreSQL 25432, Kafka 29092. */
    public static final int SYSTEM_TEST_PORT_OFFSET = 10000;
    /** The first Keycloak start on a machine builds the server (≈ 90 s on 2 cores); everything else is far quicker. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(5);

    public LaunchOptions {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(progress, "progress");
        new Ports(portOffset); // validates the range
        if (apps.stream().anyMatch(c -> !c.isBootApp())) {
            throw new LaunchException("only services and the gateway can be selected; PostgreSQL, Kafka, Keycloak, GreenMail and the simulators"
                    + " always start");
        }
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
        apps = Set.copyOf(apps);
    }

    /**
     * The developer's stack: all apps, data in {@code .local/data}, the documented ports, progress on stdout,
     * class-data archives recorded when the first start stops.
     */
    public static LaunchOptions forRepository(Path repositoryRoot) {
        Path local = repositoryRoot.resolve(".local");
        return new LaunchOptions(repositoryRoot, local.resolve("data"), local.resolve("cache"), 0, EnumSet.copyOf(Component.bootApps()),
                false, true, DEFAULT_STARTUP_TIMEOUT, System.out::println);
    }

    /**
     * A fresh stack in {@code .local/system-test} on ports {@value #SYSTEM_TEST_PORT_OFFSET} higher, sharing the
     * cache (and so the built Keycloak and the developer's class-data archives), recording no archives.
     */
    public static LaunchOptions forSystemTests(Path repositoryRoot) {
        LaunchOptions defaults = forRepository(repositoryRoot);
        return defaults.withDataDirectory(defaults.repositoryRoot().resolve(".local/system-test"))
                .withPortOffset(SYSTEM_TEST_PORT_OFFSET)
                .withReset(true)
                .withClassDataRecording(false);
    }

    /**
     * The repository root above {@code start}: the nearest folder holding {@code deploy/launcher/pom.xml}.
     * Lets a test or a launcher started from any sub-folder find the checkout.
     */
    public static Path findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/launcher/pom.xml"))) {
                return dir;
            }
        }
        throw new LaunchException("no repository root (a folder with deploy/launcher/pom.xml) above " + start.toAbsolutePath());
    }

    public LaunchOptions withDataDirectory(Path dataDirectory) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset,
                recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withCacheDirectory(Path cacheDirectory) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset,
                recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withPortOffset(int portOffset) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset, recordClassData, startupTimeout, progress);
    }

    /** Only these services and/or the gateway (by id, e.g. {@code "application-service"}); infrastructure and the simulators always start. */
    public LaunchOptions withApps(String... ids) {
        Set<Component> selected = EnumSet.noneOf(Component.class);
        Arrays.stream(ids).map(Component::byId).forEach(selected::add);
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, selected, reset, recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withReset(boolean reset) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset, recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withClassDataRecording(boolean recordClassData) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset, recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withStartupTimeout(Duration startupTimeout) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset, recordClassData, startupTimeout, progress);
    }

    public LaunchOptions withProgress(Consumer<String> progress) {
        return new LaunchOptions(repositoryRoot, dataDirectory, cacheDirectory, portOffset, apps, reset, recordClassData, startupTimeout, progress);
    }

    public Ports ports() {
        return new Ports(portOffset);
    }

    public DataLayout layout() {
        return new DataLayout(dataDirectory, cacheDirectory);
    }
}
