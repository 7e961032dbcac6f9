package cn.dalian.laborbrand.smssimulator.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.ObjectMapper;

/**
 * The JDK's HTTP server with the simulator's three parts: the SMS API ({@code /v1/}), the operator endpoints
 * ({@code /simulator/}) and {@code /actuator/health}, which answers like a Spring Boot app's so that the launcher's
 * readiness probe works unchanged.
 */
public final class SimulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private SimulatorServer(HttpServer server) {
        this.server = server;
    }

    public static SimulatorServer start(InetSocketAddress address, SmsApi messages, OperatorApi operator, ObjectMapper mapper)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/v1/", Exchanges.guarded(mapper, messages::handle));
        server.createContext("/simulator/", Exchanges.guarded(mapper, operator::handle));
        server.createContext("/actuator/health", Exchanges.guarded(mapper, exchange -> Exchanges.json(exchange, mapper, 200, Map.of("status", "UP"))));
        server.createContext("/", Exchanges.guarded(mapper, exchange -> {
            throw Exchanges.notFound();
        }));
        SimulatorServer simulator = new SimulatorServer(server);
        server.setExecutor(simulator.executor);
        server.start();
        return simulator;
    }

    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
