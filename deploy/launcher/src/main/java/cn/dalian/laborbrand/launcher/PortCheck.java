package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Before anything starts: every port the stack needs must be free on 127.0.0.1, or the person is told which is taken. */
final class PortCheck {

    private PortCheck() {
    }

    /** @param ports what each port is for, e.g. "keycloak" → 8180 */
    static void requireFree(Map<String, Integer> ports) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        ports.forEach((name, port) -> {
            if (!isFree(port)) {
                taken.put(name, port);
            }
        });
        if (taken.isEmpty()) {
            return;
        }
        String list = taken.entrySet().stream().map(e -> "  " + e.getValue() + " (" + e.getKey() + ")")
                .collect(Collectors.joining(System.lineSeparator()));
        String pattern = taken.values().stream().map(String::valueOf).collect(Collectors.joining("|"));
        throw new LaunchException("these ports on " + Ports.HOST + " are already in use:" + System.lineSeparator() + list
                + System.lineSeparator() + "Something else listens there: another stack (a system test, a second checkout) or a local "
                + "PostgreSQL, Kafka or Keycloak. See which process with: ss -ltnp | grep -E ':(" + pattern + ")\\b'"
                + System.lineSeparator() + "Stop it, or start this stack on other ports with --port-offset (e.g. --port-offset 1000).");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(Ports.HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
