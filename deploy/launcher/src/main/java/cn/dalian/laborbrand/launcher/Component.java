package cn.dalian.laborbrand.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One process of the local platform, in start order. The catalogue is this enum: adding a service is
 * one constant (its module folder, its port and the environment variable the gateway reads its URL from).
 */
public enum Component {

    POSTGRES("postgres", Kind.INFRASTRUCTURE, 15432, null, null),
    KAFKA("kafka", Kind.INFRASTRUCTURE, 19092, null, null),
    KEYCLOAK("keycloak", Kind.INFRASTRUCTURE, 8180, null, null),
    APPLICATION_SERVICE("application-service", Kind.SERVICE, 8081, "application-service", "APPLICATION_SERVICE_URI"),
    ELIGIBILITY_SERVICE("eligibility-service", Kind.SERVICE, 8082, "eligibility-service", "ELIGIBILITY_SERVICE_URI"),
    REVIEW_WORKFLOW_SERVICE("review-workflow-service", Kind.SERVICE, 8083, "review-workflow-service", "REVIEW_WORKFLOW_SERVICE_URI"),
    BRAND_REGISTRY_SERVICE("brand-registry-service", Kind.SERVICE, 8084, "brand-registry-service", "BRAND_REGISTRY_SERVICE_URI"),
    SUBSIDY_SERVICE("subsidy-service", Kind.SERVICE, 8085, "subsidy-service", "SUBSIDY_SERVICE_URI"),
    NOTIFICATION_SERVICE("notification-service", Kind.SERVICE, 8086, "notification-service", "NOTIFICATION_SERVICE_URI"),
    GATEWAY("gateway", Kind.GATEWAY, 8080, "gateway", null);

    /** Infrastructure is always started; services and the gateway are Spring Boot jars built by this repository. */
    public enum Kind { INFRASTRUCTURE, SERVICE, GATEWAY }

    private final String id;
    private final Kind kind;
    private final int basePort;
    private final String module;
    private final String urlVariable;

    Component(String id, Kind kind, int basePort, String module, String urlVariable) {
        this.id = id;
        this.kind = kind;
        this.basePort = basePort;
        this.module = module;
        this.urlVariable = urlVariable;
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

    /** True for the Spring Boot processes (services and gateway). */
    public boolean isBootApp() {
        return kind != Kind.INFRASTRUCTURE;
    }

    /** The Maven module folder, relative to the repository root; only for Boot apps. */
    public String module() {
        return module;
    }

    /** The executable jar the module's build writes (the Boot repackage with classifier exec). */
    public String jar(String projectVersion) {
        return module + "/target/" + module + "-" + projectVersion + "-exec.jar";
    }

    /** The environment variable through which the gateway finds this service, if it routes to it. */
    public Optional<String> urlVariable() {
        return Optional.ofNullable(urlVariable);
    }

    public static List<Component> bootApps() {
        return Arrays.stream(values()).filter(Component::isBootApp).toList();
    }

    public static Component byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new LaunchException("unknown component '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(Component::id).toList())));
    }
}
