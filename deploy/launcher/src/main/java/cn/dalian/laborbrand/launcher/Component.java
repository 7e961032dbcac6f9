package cn.dalian.laborbrand.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One process of the local platform, in start order. The catalogue is this enum: adding a service is
 * one constant (its module folder, its port and the environment variable the apps read its URL from).
 */
public enum Component {

    POSTGRES("postgres", Kind.INFRASTRUCTURE, 15432, null, null, null),
    KAFKA("kafka", Kind.INFRASTRUCTURE, 19092, null, null, null),
    KEYCLOAK("keycloak", Kind.INFRASTRUCTURE, 8180, null, null, "keycloak"),
    /** The SMTP server (GreenMail standalone) on its SMTP port; its API and web page on {@link Ports#greenMailApi()}. */
    GREENMAIL("greenmail", Kind.INFRASTRUCTURE, 3025, null, null, null),
    PAYMENT_SIMULATOR("payment-simulator", Kind.OUTSIDE, 8090, "deploy/payment-simulator", "PAYMENT_SYSTEM_URI", null),
    SMS_SIMULATOR("sms-simulator", Kind.OUTSIDE, 8091, "deploy/sms-simulator", "SMS_GATEWAY_URI", null),
    APPLICATION_SERVICE("application-service", Kind.SERVICE, 8081, "application-service", "APPLICATION_SERVICE_URI", "application"),
    ELIGIBILITY_SERVICE("eligibility-service", Kind.SERVICE, 8082, "eligibility-service", "ELIGIBILITY_SERVICE_URI", "eligibility"),
    REVIEW_WORKFLOW_SERVICE("review-workflow-service", Kind.SERVICE, 8083, "review-workflow-service", "REVIEW_WORKFLOW_SERVICE_URI",
            "review_workflow"),
    BRAND_REGISTRY_SERVICE("brand-registry-service", Kind.SERVICE, 8084, "brand-registry-service", "BRAND_REGISTRY_SERVICE_URI",
            "brand_registry"),
    SUBSIDY_SERVICE("subsidy-service", Kind.SERVICE, 8085, "subsidy-service", "SUBSIDY_SERVICE_URI", "subsidy"),
    NOTIFICATION_SERVICE("notification-service", Kind.SERVICE, 8086, "notification-service", "NOTIFICATION_SERVICE_URI", "notification"),
    GATEWAY("gateway", Kind.GATEWAY, 8080, "gateway", null, null);

    /**
     * Infrastructure is always started. An outside system's stand-in (the payment and SMS simulators) is always started too,
     * but from a jar this repository builds, like the services and the gateway (the Spring Boot apps).
     */
    public enum Kind { INFRASTRUCTURE, OUTSIDE, SERVICE, GATEWAY }

    private final String id;
    private final Kind kind;
    private final int basePort;
    private final String module;
    private final String urlVariable;
    private final String database;

    Component(String id, Kind kind, int basePort, String module, String urlVariable, String database) {
        this.id = id;
        this.kind = kind;
        this.basePort = basePort;
        this.module = module;
        this.urlVariable = urlVariable;
        this.database = database;
    }

    /** The name used on the command line, in log file names and in {@link LocalPlatform#stop(String)}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The port at port offset 0. */
    public int basePort() {
        return basePort;
    }

    /** True for the Spring Boot processes (services and gateway): the ones {@code --only} chooses from. */
    public boolean isBootApp() {
        return kind == Kind.SERVICE || kind == Kind.GATEWAY;
    }

    /** True for what runs from a module's executable jar: the Boot apps and the outside systems' stand-ins. */
    public boolean runsFromJar() {
        return kind != Kind.INFRASTRUCTURE;
    }

    /** The Maven module folder, relative to the repository root; only for what runs from a jar. */
    public String module() {
        return module;
    }

    /** The executable jar the module's build writes (the Boot repackage with classifier exec), named after the module's folder. */
    public String jar(String projectVersion) {
        String artifact = module.substring(module.lastIndexOf('/') + 1);
        return module + "/target/" + artifact + "-" + projectVersion + "-exec.jar";
    }

    /** The environment variable through which the apps (the gateway, a service calling another) find this one. */
    public Optional<String> urlVariable() {
        return Optional.ofNullable(urlVariable);
    }

    /**
     * The PostgreSQL database this component keeps its data in (a service's {@code laborbrand.database-name}),
     * reached with a role of its own that owns only this database.
     */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Every component with a database of its own: the services and Keycloak. */
    public static List<Component> withDatabase() {
        return Arrays.stream(values()).filter(c -> c.database != null).toList();
    }

    public static List<Component> bootApps() {
        return Arrays.stream(values()).filter(Component::isBootApp).toList();
    }

    /** The stand-ins for systems outside the platform, started with every stack. */
    public static List<Component> outsideSystems() {
        return Arrays.stream(values()).filter(c -> c.kind == Kind.OUTSIDE).toList();
    }

    public static Component byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new LaunchException("unknown component '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(Component::id).toList())));
    }
}
