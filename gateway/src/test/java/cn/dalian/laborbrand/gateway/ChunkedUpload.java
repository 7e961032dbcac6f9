package cn.dalian.laborbrand.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client that sends a request body in chunks without declaring its length ({@code Transfer-Encoding: chunked}), as
 * a browser's streamed upload or an attacker would: the bytes are made as they are sent, never held whole, and the
 * answer is read while the body is still going out (the gateway may answer, and close, before the end).
 */
public final class ChunkedUpload {

    private final int port;
    private final String path;
    private final String token;
    private final String contentType;

    public ChunkedUpload(int port, String path, String token, String contentType) {
        this.port = port;
        this.path = path;
        this.token = token;
        this.contentType = contentType;
    }

    /** The status the gateway answered with (none when the client hung up first), and the body's bytes the client sent. */
    public record Outcome(int status, long bytesSent) {
    }

    /** Sends {@code total} bytes in chunks of {@code chunk}, pausing {@code pause} between them, and reads the answer. */
    public Outcome send(long total, int chunk, Duration pause) {
        return send(total, chunk, pause, -1);
    }

    /** Sends {@code sent} bytes of a longer body, then hangs up without waiting for an answer. */
    public Outcome abortAfter(long sent, int chunk) {
        return send(Long.MAX_VALUE, chunk, Duration.ZERO, sent);
    }

    private Outcome send(long total, int chunk, Duration pause, long abortAfter) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: " + contentType + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            // a thread of its own: the common pool may have a single thread on a small machine, which the test may be using
            Thread sending = Thread.ofPlatform().daemon().start(() -> write(out, total, chunk, pause, abortAfter, sent, socket));
            if (abortAfter >= 0) {
                sending.join();
                return new Outcome(0, sent.get());
            }
            String statusLine = statusLine(socket.getInputStream());
            return new Outcome(Integer.parseInt(statusLine.split(" ")[1]), sent.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, long total, int chunk, Duration pause, long abortAfter, AtomicLong sent, Socket socket) {
        // blanks: JSON's padding, so that the body is not refused for its form before its size
        byte[] piece = new byte[chunk];
        Arrays.fill(piece, (byte) ' ');
        try {
            while (sent.get() < total) {
                if (abortAfter >= 0 && sent.get() >= abortAfter) {
                    socket.close();
                    return;
                }
                out.write((Integer.toHexString(chunk) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(piece);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sent.addAndGet(chunk);
                if (!pause.isZero()) {
                    Thread.sleep(pause);
                }
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closedByTheGateway) {
            // the gateway answered and hung up before the end: what it should do with a body over the limit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).trim();
    }
}
