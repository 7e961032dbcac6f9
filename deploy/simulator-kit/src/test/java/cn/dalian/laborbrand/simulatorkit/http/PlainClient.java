package cn.dalian.laborbrand.simulatorkit.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A test's HTTP/1.1 client for a simulator (the JDK's server speaks nothing else): requests as given, answers as UTF-8
 * text. The simulators' tests sign on top of it; shared through this module's test jar.
 */
public final class PlainClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public PlainClient(URI base) {
        this.base = base;
    }

    /** A request to a path of the simulator, with this body (none when empty). */
    public HttpRequest.Builder request(String method, String path, byte[] body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** With whatever headers the caller gives (name, value, …), unsigned otherwise. */
    public HttpResponse<String> raw(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = request(method, path, body.getBytes(StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
