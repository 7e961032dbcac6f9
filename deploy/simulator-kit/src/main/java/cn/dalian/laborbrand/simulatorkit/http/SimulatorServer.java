package cn.dalian.laborbrand.simulatorkit.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.ObjectMapper;

/**
 * The JDK's HTTP server with a simulator's three parts: the simulated system's API ({@code /v1/}), answered 503
 * during an {@link Outage}; the operator endpoints ({@code /simulator/}, with {@code /simulator/outage} to switch the
 * outage); and {@code /actuator/health}, which answers like a Spring Boot app's so that the launcher's readiness probe
 * works unchanged. Every handler runs on a virtual thread.
 */
public final class SimulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private SimulatorServer(HttpServer server) {
        this.server = server;
    }

    /** @param systemName the simulated system in Chinese (支付系统, 短信网关), named in its 503 and 500 answers */
    public static SimulatorServer start(InetSocketAddress address, String systemName, Outage outage, Exchanges.Handler api,
            Exchanges.Handler operator, ObjectMapper mapper) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/v1/", Exchanges.guarded(mapper, systemName, exchange -> {
            OutageEndpoint.refuseWhileDown(exchange, outage, systemName);
            api.handle(exchange);
        }));
        server.createContext("/simulator/", Exchanges.guarded(mapper, systemName, operator));
        server.createContext(OutageEndpoint.PATH, Exchanges.guarded(mapper, systemName, exchange -> OutageEndpoint.operate(exchange, outage, mapper)));
        server.createContext("/actuator/health",
                Exchanges.guarded(mapper, systemName, exchange -> Exchanges.json(exchange, mapper, 200, Map.of("status", "UP"))));
        server.createContext("/", Exchanges.guarded(mapper, systemName, exchange -> {
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
