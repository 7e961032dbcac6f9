package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;

/**
 * The whole platform on one machine, without Docker: PostgreSQL, a Kafka broker, Keycloak with the
 * laborbrand realm, an SMTP server (GreenMail), the payment system's and the SMS gateway's simulators, the services and the
 * gateway, all on 127.0.0.1. {@code ./run.sh} starts it through
 * this class, and so can a test:
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(LaunchOptions.forSystemTests(root))) {
 *     URI api = platform.gatewayUrl();              // http://127.0.0.1:18080
 *     URI issuer = platform.issuerUri();            // where to get tokens for the demo users
 *     platform.stop("notification-service");        // a fault test: one service down
 *     platform.restart("notification-service");     // and back, healthy again
 * }
 * }</pre>
 *
 * {@link #start} returns when every component is healthy and throws {@link LaunchException} (after stopping
 * what it started) when one is not. {@link #close} stops the gateway and services first, then Kafka and
 * Keycloak, then PostgreSQL; a shutdown hook does the same when the JVM ends (Ctrl-C) without a close.
 */
public final class LocalPlatform implements AutoCloseable {

    private final LaunchOptions options;
    private final Ports ports;
    private final DataLayout layout;
    private final BuildInfo build;
    private final Progress progress;
    private final String marker;
    private final KeycloakServer keycloak;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final Map<Component, ChildProcess> children = new EnumMap<>(Component.class);
    private final BlockingQueue<ChildProcess> unexpectedExits = new LinkedBlockingQueue<>();
    private final Thread shutdownHook = new Thread(this::close, "laborbrand-launcher-stop");
    private final Map<Component, BootApp> apps = new ConcurrentHashMap<>();
    /** The secret both sides of the payment interface sign with: the interface's demo value (subsidy-service/docs/payment-system-api.md). */
    static final String PAYMENT_SYSTEM_SECRET = "payment-demo-secret-2026";
    /** The SMS gateway's demo app id, secret and sign name (notification-service/docs/sms-gateway-api.md), given to both sides. */
    static final String SMS_GATEWAY_APP_ID = "dalian-hrss-laborbrand";
    static final String SMS_GATEWAY_SECRET = "sms-demo-secret-2026";
    static final String SMS_SIGN_NAME = "大连人社";
    /** notification-service's confidential client in the realm file, whose service account reads the staff. */
    static final String NOTIFICATION_DIRECTORY_CLIENT_ID = "notification-service";
    static final String NOTIFICATION_DIRECTORY_CLIENT_SECRET = "notification-directory-demo-secret";
    private DataFolderLock lock;
    private Database database;
    private boolean closed;

    private LocalPlatform(LaunchOptions options) {
        this.options = options;
        this.ports = options.ports();
        this.layout = options.layout();
        this.build = BuildInfo.load();
        this.progress = new Progress(options.progress());
        this.marker = Leftovers.marker(options.dataDirectory());
        this.keycloak = new KeycloakServer(new KeycloakDistribution(build, layout.cache()), options.repositoryRoot(), layout, ports,
                options.recordClassData(), marker);
        this.kafka = new KafkaBroker(layout, ports, options.repositoryRoot().resolve(TopicAccess.FILE), options.recordClassData(), marker);
        this.mail = new MailServer(build, layout, ports, marker);
    }

    /** Starts every component and returns once all are healthy. */
    public static LocalPlatform start(LaunchOptions options) {
        LocalPlatform platform = new LocalPlatform(options);
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.startAll();
            return platform;
        } catch (IOException e) {
            platform.close();
            throw new LaunchException(e.getMessage(), e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public LaunchOptions options() {
        return options;
    }

    /** The gateway, the platform's single entry for the SPA, the provincial system and operators. */
    public URI gatewayUrl() {
        return URI.create(ports.url(Component.GATEWAY));
    }

    public URI keycloakUrl() {
        return URI.create(keycloak.url());
    }

    /** The realm's issuer: every token's {@code iss}; its token endpoint is {@code issuerUri() + "/protocol/openid-connect/token"}. */
    public URI issuerUri() {
        return URI.create(keycloak.issuer());
    }

    /**
     * The base URL of a service, the gateway, a simulator or Keycloak, by id (e.g. {@code "application-service"}); for
     * {@code "greenmail"} its REST API and web page (its SMTP port is {@link #smtpPort()}).
     */
    public URI url(String component) {
        Component c = Component.byId(component);
        if (c == Component.GREENMAIL) {
            return mail.apiUrl();
        }
        if (c.kind() == Component.Kind.INFRASTRUCTURE && c != Component.KEYCLOAK) {
            throw new IllegalArgumentException(component + " does not speak HTTP; see jdbcUrl() and kafkaBootstrapServers()");
        }
        return URI.create(ports.url(c));
    }

    /** The SMTP server's port on 127.0.0.1 (GreenMail: any sender and recipient, no log-in). */
    public int smtpPort() {
        return ports.of(Component.GREENMAIL);
    }

    /** Where the e-mail one address received can be read: GreenMail's JSON list of its messages. */
    public URI mailboxUrl(String address) {
        return mail.messagesOf(address);
    }

    /** The broker's only listener, SASL/SCRAM: a client needs a user, e.g. {@link #kafkaClientSettings(String)}'s. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * What a Kafka client needs to log in as a service's user (its id, e.g. {@code "subsidy-service"}), which may do
     * only what that service may (deploy/kafka/topic-access.txt).
     */
    public Map<String, Object> kafkaClientSettings(String service) {
        Component c = Component.byId(service);
        if (c.kind() != Component.Kind.SERVICE) {
            throw new IllegalArgumentException(service + " is not a service and has no Kafka user");
        }
        return kafka.clientSettings(c.id());
    }

    /** A database on the platform's PostgreSQL (each service's own is named after it, e.g. {@code application}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.HOST + ":" + ports.of(Component.POSTGRES) + "/" + database;
    }

    /** The services and gateway this stack started (infrastructure not included). */
    public List<String> apps() {
        return Component.bootApps().stream().filter(options.apps()::contains).map(Component::id).toList();
    }

    public Path logFile(String component) {
        return layout.log(Component.byId(component).id());
    }

    public synchronized boolean isRunning(String component) {
        Component c = Component.byId(component);
        if (c == Component.POSTGRES) {
            return database != null;
        }
        ChildProcess child = children.get(c);
        return child != null && child.isAlive();
    }

    /** Stops one component (SIGTERM, then SIGKILL after a grace period), e.g. to see the others cope. PostgreSQL cannot be stopped alone. */
    public void stop(String component) {
        Component c = requireChildProcess(component);
        ChildProcess child;
        synchronized (this) {
            child = children.remove(c);
        }
        if (child != null) {
            progress.say("stopping " + c.id());
            child.stop();
        }
    }

    /** Starts a component again (stopping it first if it runs) and returns once it is healthy. */
    public void restart(String component) {
        Component c = requireChildProcess(component);
        if (c.isBootApp() && !options.apps().contains(c)) {
            throw new IllegalArgumentException(component + " was not selected when this stack started");
        }
        stop(component);
        ChildProcess child = launch(c);
        new StartupWatch(progress, options.startupTimeout()).await(List.of(awaited(c, child)));
    }

    /** Stops everything this stack started, in order; safe to call more than once. */
    @Override
    public void close() {
        List<ChildProcess> appProcesses = new ArrayList<>();
        List<ChildProcess> infrastructure = new ArrayList<>();
        Set<Component> started = EnumSet.noneOf(Component.class);
        Database postgres;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            started.addAll(children.keySet());
            children.forEach((component, child) -> (component.isBootApp() ? appProcesses : infrastructure).add(child));
            children.clear();
            postgres = database;
            database = null;
        }
        if (started.isEmpty() && postgres == null) {
            release();
            return; // nothing was started: the start failed a check
        }
        boolean writesArchives = started.stream().map(this::classData).flatMap(Optional::stream).anyMatch(ClassDataArchive::writtenOnExit);
        progress.say("stopping the platform …" + (writesArchives
                ? " (this first stop after a build also writes class-data archives, for faster starts: up to a minute)" : ""));
        ChildProcess gateway = appProcesses.stream().filter(child -> child.name().equals(Component.GATEWAY.id())).findFirst().orElse(null);
        if (gateway != null) {
            appProcesses.remove(gateway);
            stopAll(List.of(gateway));
        }
        stopAll(appProcesses);
        stopAll(infrastructure);
        if (postgres != null) {
            postgres.close();
            progress.say("stopped postgres");
        }
        progress.say("everything is stopped");
        release();
    }

    /** Frees the data folder for another launcher; the shutdown hook has nothing left to do. */
    private void release() {
        if (lock != null) {
            lock.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }

    /**
     * Blocks until a component dies without being asked to, and describes it with the end of its log.
     * The command line uses this to stop everything when one part fails.
     */
    String awaitUnexpectedExit() throws InterruptedException {
        ChildProcess dead = unexpectedExits.take();
        return dead.name() + " stopped unexpectedly (exit code " + dead.exitValue() + "). The end of its log, " + dead.log() + ":"
                + System.lineSeparator() + dead.tail(40);
    }

    private void startAll() throws IOException {
        progress.say("starting the labour-brand platform from " + options.repositoryRoot());
        Map<Component, Path> jars = requireJars();
        lock = DataFolderLock.acquire(layout.data());
        Leftovers.stop(layout, progress);
        if (options.reset()) {
            progress.say("--reset: deleting the data in " + layout.data() + " (the cache in " + layout.cache() + " stays)");
            Folders.deleteContentsExcept(layout.data(), layout.data().resolve(DataFolderLock.FILE_NAME));
        }
        PortCheck.requireFree(portsNeeded());
        Files.createDirectories(layout.logs());
        progress.say("data in " + layout.data() + ", logs in " + layout.logs());

        StartupWatch watch = new StartupWatch(progress, options.startupTimeout());
        startPostgres();
        watch.markUp(Component.POSTGRES.id());

        StartupWatch.Awaited kafkaStarting = awaited(Component.KAFKA, launch(Component.KAFKA));
        List<StartupWatch.Awaited> awaited = new ArrayList<>();
        keycloak.prepare(database, progress);
        awaited.add(awaited(Component.KEYCLOAK, launch(Component.KEYCLOAK)));
        awaited.add(awaited(Component.GREENMAIL, launch(Component.GREENMAIL)));
        // the apps fetch Keycloak's keys on their first request, so they need not wait for it; each starts as soon as its
        // jar is unpacked, while the next one is being unpacked (the simulators first). A service waits for Kafka's users and
        // ACLs, as Compose's wait for kafka-access: a producer whose first send meets an unknown user stays broken
        boolean kafkaReady = false;
        for (Map.Entry<Component, Path> jar : jars.entrySet()) {
            Component app = jar.getKey();
            apps.put(app, new BootApp(app, AppImage.prepare(app, jar.getValue(), layout.cache()), layout, options.recordClassData(), marker));
            if (app.kind() != Component.Kind.OUTSIDE && !kafkaReady) {
                watch.await(List.of(kafkaStarting));
                kafkaReady = true;
            }
            awaited.add(awaited(app, launch(app)));
        }
        if (!kafkaReady) {
            awaited.add(kafkaStarting);
        }
        watch.await(awaited);
        keycloak.started();
        progress.say("everything is up after " + progress.elapsedSeconds() + " s");
    }

    private synchronized void startPostgres() {
        requireOpen();
        progress.say("starting postgres (PostgreSQL 17) on port " + ports.of(Component.POSTGRES));
        database = Database.start(layout, ports.of(Component.POSTGRES));
        progress.say("✓ postgres is up");
    }

    private synchronized ChildProcess launch(Component component) {
        requireOpen();
        progress.say("starting " + component.id() + " on port " + ports.of(component));
        ChildProcess child = switch (component) {
            case KAFKA -> kafka.start(progress);
            case KEYCLOAK -> keycloak.start(jdbcUrl(Database.KEYCLOAK_DATABASE), database.account(Component.KEYCLOAK));
            case GREENMAIL -> mail.start();
            case POSTGRES -> throw new IllegalArgumentException("PostgreSQL runs inside the launcher's JVM");
            default -> apps.get(component).start(environment(component));
        };
        children.put(component, child);
        child.process().onExit().thenRun(() -> {
            if (!child.isStopping()) {
                unexpectedExits.add(child);
            }
        });
        return child;
    }

    private Optional<ClassDataArchive> classData(Component component) {
        return switch (component) {
            case POSTGRES, GREENMAIL -> Optional.empty();
            case KAFKA -> Optional.of(kafka.classData());
            case KEYCLOAK -> keycloak.classData();
            default -> apps.get(component).classData();
        };
    }

    private StartupWatch.Awaited awaited(Component component, ChildProcess child) {
        BooleanSupplier ready = switch (component) {
            case KAFKA -> kafka.readiness(child);
            case KEYCLOAK -> keycloak.readiness();
            case GREENMAIL -> mail.readiness();
            default -> HttpProbe.bootHealth(ports.url(component));
        };
        return new StartupWatch.Awaited(component.id(), child, ready, component == Component.KEYCLOAK ? keycloak.hint() : null);
    }

    /**
     * What every Boot app reads (see platform-starter's laborbrand-defaults.yml); the gateway also finds
     * each service through its *_SERVICE_URI variable, subsidy-service the payment system through PAYMENT_SYSTEM_URI,
     * notification-service the SMS gateway through SMS_GATEWAY_URI and the SMTP server through SPRING_MAIL_*.
     */
    private Map<String, String> environment(Component app) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(ports.of(app)));
        environment.put("SERVER_ADDRESS", Ports.HOST);
        if (app == Component.PAYMENT_SIMULATOR) {
            environment.put("PAYMENT_SYSTEM_SECRET", PAYMENT_SYSTEM_SECRET);
            return environment;
        }
        if (app == Component.SMS_SIMULATOR) {
            smsGateway(environment);
            return environment;
        }
        if (app.database().isPresent()) {
            // each service its own role, which owns its database and can open no other (the gateway has none)
            Database.Account account = database.account(app);
            environment.put("DB_HOST", Ports.HOST);
            environment.put("DB_PORT", Integer.toString(ports.of(Component.POSTGRES)));
            environment.put("DB_USER", account.role());
            environment.put("DB_PASSWORD", account.password());
        }
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        if (app.kind() == Component.Kind.SERVICE) {
            // each service its own Kafka user, which may write only its own topics (the gateway uses no Kafka)
            environment.put("KAFKA_USERNAME", app.id());
            environment.put("KAFKA_PASSWORD", kafka.password(app.id()));
        }
        environment.put("KEYCLOAK_ISSUER_URI", keycloak.issuer());
        environment.put("KEYCLOAK_JWK_SET_URI", keycloak.issuer() + "/protocol/openid-connect/certs");
        environment.put("LOG_FORMAT", "ecs");
        // the embedded run is a demonstration: a campaign open whatever the date, beside the 2022 one
        environment.put("LABORBRAND_DEMO_DATA", "true");
        for (Component service : Component.values()) {
            service.urlVariable().ifPresent(variable -> environment.put(variable, ports.url(service)));
        }
        if (app == Component.SUBSIDY_SERVICE) {
            environment.put("PAYMENT_SYSTEM_SECRET", PAYMENT_SYSTEM_SECRET);
            environment.put("PAYMENT_CALLBACK_URL", paymentCallbackUrl());
        }
        if (app == Component.NOTIFICATION_SERVICE) {
            environment.put("SPRING_MAIL_HOST", Ports.HOST);
            environment.put("SPRING_MAIL_PORT", Integer.toString(ports.of(Component.GREENMAIL)));
            // the link in e-mails: the SPA, as the summary prints it
            environment.put("NOTIFICATION_PLATFORM_URL", ports.url(Component.GATEWAY));
            smsGateway(environment);
            environment.put("NOTIFICATION_DIRECTORY_CLIENT_ID", NOTIFICATION_DIRECTORY_CLIENT_ID);
            environment.put("NOTIFICATION_DIRECTORY_CLIENT_SECRET", NOTIFICATION_DIRECTORY_CLIENT_SECRET);
        }
        return environment;
    }

    /** The same app id, secret and sign name on both sides of the SMS interface. */
    private static void smsGateway(Map<String, String> environment) {
        environment.put("SMS_GATEWAY_APP_ID", SMS_GATEWAY_APP_ID);
        environment.put("SMS_GATEWAY_SECRET", SMS_GATEWAY_SECRET);
        environment.put("SMS_SIGN_NAME", SMS_SIGN_NAME);
    }

    /** Where the payment system posts its results: through the gateway, as from outside; to subsidy-service itself when started without it. */
    private String paymentCallbackUrl() {
        Component entry = options.apps().contains(Component.GATEWAY) ? Component.GATEWAY : Component.SUBSIDY_SERVICE;
        return ports.url(entry) + "/api/subsidies/payment-callbacks";
    }

    /** Every jar this stack runs: the selected apps and the outside systems' stand-ins, in start order. */
    private List<Component> fromJars() {
        return Arrays.stream(Component.values())
                .filter(c -> c.runsFromJar() && (!c.isBootApp() || options.apps().contains(c)))
                .toList();
    }

    /** Checks every jar this stack runs before anything starts, and says how to build the missing ones. */
    private Map<Component, Path> requireJars() {
        Map<Component, Path> found = new EnumMap<>(Component.class);
        List<String> missing = new ArrayList<>();
        for (Component app : fromJars()) {
            Path jar = options.repositoryRoot().resolve(app.jar(build.projectVersion()));
            if (Files.isRegularFile(jar)) {
                found.put(app, jar);
            } else {
                boolean moduleExists = Files.isRegularFile(options.repositoryRoot().resolve(app.module()).resolve("pom.xml"));
                missing.add("  " + app.id() + ": " + options.repositoryRoot().relativize(jar)
                        + (moduleExists ? "" : "  (the module " + app.module() + "/ is not in this checkout yet)"));
            }
        }
        if (!missing.isEmpty()) {
            List<String> present = found.keySet().stream().filter(Component::isBootApp).map(Component::id).toList();
            throw new LaunchException("these programs are not built:" + System.lineSeparator() + String.join(System.lineSeparator(), missing)
                    + System.lineSeparator() + "Build them with: ./mvnw -DskipTests package   (./run.sh builds what is missing by itself)"
                    + (present.isEmpty() ? "" : System.lineSeparator() + "or start without them: --only " + String.join(",", present)));
        }
        return found;
    }

    private Map<String, Integer> portsNeeded() {
        Map<String, Integer> needed = new LinkedHashMap<>();
        needed.put(Component.POSTGRES.id(), ports.of(Component.POSTGRES));
        needed.put(Component.KAFKA.id(), ports.of(Component.KAFKA));
        needed.put("kafka controller", ports.kafkaController());
        needed.put(Component.KEYCLOAK.id(), ports.of(Component.KEYCLOAK));
        needed.put("greenmail (SMTP)", ports.of(Component.GREENMAIL));
        needed.put("greenmail (API)", ports.greenMailApi());
        fromJars().forEach(app -> needed.put(app.id(), ports.of(app)));
        return needed;
    }

    private Component requireChildProcess(String component) {
        Component c = Component.byId(component);
        if (c == Component.POSTGRES) {
            throw new IllegalArgumentException("PostgreSQL runs inside the launcher's JVM and stops only with the whole platform");
        }
        return c;
    }

    private void requireOpen() {
        if (closed) {
            throw new LaunchException("the platform is stopping");
        }
    }

    private void stopAll(List<ChildProcess> processes) {
        List<Thread> stopping = processes.stream()
                .map(child -> Thread.ofPlatform().name("stop-" + child.name()).start(() -> {
                    child.stop();
                    progress.say("stopped " + child.name());
                }))
                .toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
