package cn.dalian.laborbrand.gateway.requestsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.dalian.laborbrand.gateway.GatewayIntegrationTest;
import cn.dalian.laborbrand.gateway.GatewayTestInitializer;
import cn.dalian.laborbrand.gateway.routing.Upstream;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * Roster imports (up to 200 MB) and material uploads stream through the gateway: the service is called, and gets the
 * first bytes of the body, while the client is still sending the rest. A filter that held the body back (a body cache,
 * as Spring Cloud Gateway's CircuitBreaker filter with a fallback URI, Retry or CacheRequestBody set up for their
 * route) would keep the service waiting until the last byte, and the gateway's memory filled with every upload.
 * For this test alone application-service's port, which is down in every other test, is held by a socket of the test.
 */
@GatewayIntegrationTest
class UnbufferedUploadsIT {

    private static final int WAIT_MS = 10_000;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}, {1} bytes")
    @CsvSource({
            "/api/applications/42/roster,                   6000",
            "/api/applications/42/materials/business-licence, 1800" })
    void anUploadReachesTheServiceWhileTheClientIsStillSendingIt(String path, int size) throws IOException {
        byte[] body = multipart(size);
        int half = size / 2;
        int applicationPort = URI.create(GatewayTestInitializer.serviceUri(Upstream.APPLICATION)).getPort();
        try (ServerSocket application = new ServerSocket(); Socket client = new Socket("127.0.0.1", port)) {
            application.setReuseAddress(true);
            application.bind(new InetSocketAddress("127.0.0.1", applicationPort));
            application.setSoTimeout(WAIT_MS);
            client.setSoTimeout(WAIT_MS * 3);

            // given a unit that has sent the request and the first half of its file
            OutputStream sending = client.getOutputStream();
            sending.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: " + Tokens.bearer(TestUser.APPLICANT_A) + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=roster-boundary\r\n"
                    + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            sending.write(body, 0, half);
            sending.flush();

            // then application-service is called and receives that half before the rest is sent
            try (Socket service = accept(application)) {
                service.setSoTimeout(WAIT_MS);
                InputStream received = service.getInputStream();
                String head = head(received);
                assertThat(head).startsWith("POST " + path + " HTTP/1.1");
                assertThat(head.toLowerCase(Locale.ROOT)).contains("content-length: " + size);
                byte[] first = read(received, half);

                // when the unit sends the rest, then the service gets the whole file, byte for byte, and its answer comes back
                sending.write(body, half, size - half);
                sending.flush();
                byte[] rest = read(received, size - half);
                assertThat(concat(first, rest)).isEqualTo(body);
                service.getOutputStream().write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                service.getOutputStream().flush();
                assertThat(head(client.getInputStream())).startsWith("HTTP/1.1 201");
            }
        }
    }

    private static Socket accept(ServerSocket application) throws IOException {
        try {
            return application.accept();
        } catch (SocketTimeoutException held) {
            return fail("the gateway did not call the service while the body was still arriving: it holds the body back");
        }
    }

    private static byte[] read(InputStream in, int count) throws IOException {
        try {
            byte[] bytes = in.readNBytes(count);
            assertThat(bytes).as("bytes the service received").hasSize(count);
            return bytes;
        } catch (SocketTimeoutException held) {
            return fail("the service got no body while the client was still sending it: the gateway holds the body back");
        }
    }

    /** The request or status line and headers, up to the empty line. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A file upload as the SPA sends it: one multipart part, the file's bytes filling it to the size. */
    private static byte[] multipart(int size) {
        byte[] start = ("--roster-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n--roster-boundary--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        System.arraycopy(start, 0, body, 0, start.length);
        for (int i = start.length; i < size - end.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(end, 0, body, size - end.length, end.length);
        return body;
    }

    private static byte[] concat(byte[] first, byte[] rest) {
        byte[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
