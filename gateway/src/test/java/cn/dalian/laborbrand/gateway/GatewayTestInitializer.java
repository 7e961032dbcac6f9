package cn.dalian.laborbrand.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import cn.dalian.laborbrand.gateway.routing.Upstream;
import cn.dalian.laborbrand.platform.test.FreePorts;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;

/**
 * Points the gateway, through the same environment variables a deployment sets, at the shared token
 * issuer and at services that are down: each service URI names its own local port that nothing listens
 * on (taken and released here), so a call that passes the gateway's checks ends in the fallback, and
 * the route table can be checked URI by URI. Nothing stands in for a platform service.
 */
public class GatewayTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Request bodies above this are refused in the tests (the production default is 25MB). */
    public static final String MAX_REQUEST_SIZE = "1KB";

    /** Roster imports above this are refused in the tests (in production 200MB). */
    public static final String MAX_ROSTER_SIZE = "8KB";

    /** Material uploads above this are refused in the tests (in production 25MB, the default; here apart from it, to be seen). */
    public static final String MAX_MATERIALS_SIZE = "2KB";

    private static final Map<Upstream, String> DOWN_SERVICE_URIS = closedPortPerService();

    /** The URI the gateway was given for the service, e.g. {@code http://127.0.0.1:40123}. */
    public static String serviceUri(Upstream upstream) {
        return DOWN_SERVICE_URIS.get(upstream);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var issuer = PlatformTestInfrastructure.tokenIssuer();
        Map<String, Object> environment = new HashMap<>();
        environment.put("KEYCLOAK_ISSUER_URI", issuer.issuerUrl(PlatformTestInfrastructure.ISSUER_ID).toString());
        environment.put("KEYCLOAK_JWK_SET_URI", issuer.jwksUrl(PlatformTestInfrastructure.ISSUER_ID).toString());
        environment.put("GATEWAY_MAX_REQUEST_SIZE", MAX_REQUEST_SIZE);
        environment.put("GATEWAY_ROSTER_MAX_REQUEST_SIZE", MAX_ROSTER_SIZE);
        environment.put("GATEWAY_MATERIALS_MAX_REQUEST_SIZE", MAX_MATERIALS_SIZE);
        DOWN_SERVICE_URIS.forEach((upstream, uri) -> environment.put(environmentVariable(upstream), uri));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("gateway-test-servers", environment));
    }

    /** APPLICATION_SERVICE_URI for application-service, and so on. */
    public static String environmentVariable(Upstream upstream) {
        return upstream.routeId().toUpperCase(Locale.ROOT).replace('-', '_') + "_URI";
    }

    private static Map<Upstream, String> closedPortPerService() {
        // hold all sockets at once so that each service gets a different port, then free them
        List<ServerSocket> sockets = new ArrayList<>();
        Map<Upstream, String> uris = new HashMap<>();
        try {
            for (Upstream upstream : Upstream.values()) {
                // outside the ephemeral range, so that a call to the closed port is refused, not self-connected
                ServerSocket socket = FreePorts.reserve();
                sockets.add(socket);
                uris.put(upstream, "http://127.0.0.1:" + socket.getLocalPort());
            }
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(uris);
    }
}
