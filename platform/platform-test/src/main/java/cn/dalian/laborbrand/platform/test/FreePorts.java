package cn.dalian.laborbrand.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Local ports for tests that a client may find closed. They lie outside Linux's ephemeral range
 * (32768–60999): connecting on loopback to a closed port of that range can pick the very port as its
 * own source port and connect to itself, so the call hangs instead of being refused.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** A socket bound to a free loopback port between 20000 and 32000; close it to free the port. */
    public static ServerSocket reserve() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            try {
                return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }

    /** A free port between 20000 and 32000. */
    public static int any() {
        try (ServerSocket socket = reserve()) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
