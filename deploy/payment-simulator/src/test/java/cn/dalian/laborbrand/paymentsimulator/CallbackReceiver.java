package cn.dalian.laborbrand.paymentsimulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** The platform's callback endpoint played by the test: records every notice and answers as told (204 by default). */
final class CallbackReceiver implements AutoCloseable {

    record Notice(Headers headers, byte[] body) {
    }

    private final HttpServer server;
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int usualAnswer = 204;

    CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/subsidies/payment-callbacks", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                notices.add(new Notice(exchange.getRequestHeaders(), in.readAllBytes()));
                Integer next = answers.poll();
                exchange.sendResponseHeaders(next != null ? next : usualAnswer, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/subsidies/payment-callbacks";
    }

    /** The next notices are answered with these statuses, in order; after them the usual answer. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    void answerAlways(int status) {
        usualAnswer = status;
    }

    List<Notice> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
