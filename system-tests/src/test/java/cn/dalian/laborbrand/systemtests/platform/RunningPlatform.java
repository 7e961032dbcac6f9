package cn.dalian.laborbrand.systemtests.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import cn.dalian.laborbrand.launcher.LaunchOptions;
import cn.dalian.laborbrand.launcher.LocalPlatform;

/**
 * The whole platform started once for all system tests, the way {@code ./run.sh} starts it, and stopped
 * when they are done. Test methods (or their lifecycle methods) ask for a {@link LocalPlatform} or a
 * {@link PlatformClient} as parameters.
 */
public final class RunningPlatform implements ParameterResolver {

    /** What the root store closes after the last test. */
    private record Stack(LocalPlatform platform, PlatformClient client) implements AutoCloseable {

        @Override
        public void close() {
            platform.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalPlatform.class || type == PlatformClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Stack stack = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Stack.class, key -> start(), Stack.class);
        return parameter.getParameter().getType() == LocalPlatform.class ? stack.platform() : stack.client();
    }

    private static Stack start() {
        var options = LaunchOptions.forSystemTests(LaunchOptions.findRepositoryRoot(Path.of("")))
                .withProgress(line -> System.out.println("[platform] " + line));
        LocalPlatform platform = LocalPlatform.start(options);
        DemoRealm realm = new DemoRealm(options.repositoryRoot().resolve("deploy/keycloak/laborbrand-realm.json"));
        return new Stack(platform, new PlatformClient(platform.gatewayUrl(), platform.issuerUri(), realm));
    }
}
