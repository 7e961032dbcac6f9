package cn.dalian.laborbrand.smssimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import cn.dalian.laborbrand.smssimulator.signature.RequestSignature;

/** notification-service's side of the interface, as the test plays it: signed requests, or deliberately wrong ones. */
final class SignedClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final RequestSignature signature;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SignedClient(URI base, String secret) {
        this.base = base;
        this.signature = new RequestSignature(Settings.DEMO_APP_ID, secret);
    }

    HttpResponse<String> send(String json) {
        return send(signed("POST", "/v1/sms/messages", json, Instant.now().getEpochSecond(), nonce()));
    }

    HttpResponse<String> get(String path) {
        return send(signed("GET", path, "", Instant.now().getEpochSecond(), nonce()));
    }

    /** Signed correctly, but at another time or with a nonce of the caller's choice (a replayed capture, a wrong clock). */
    HttpResponse<String> sendAt(long epochSeconds, String nonce, String json) {
        return send(signed("POST", "/v1/sms/messages", json, epochSeconds, nonce));
    }

    /** With whatever headers the caller gives, unsigned otherwise. */
    HttpResponse<String> raw(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private HttpRequest.Builder signed(String method, String path, String body, long epochSeconds, String nonce) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header(RequestSignature.APP_ID_HEADER, signature.appId())
                .header(RequestSignature.TIMESTAMP_HEADER, Long.toString(epochSeconds))
                .header(RequestSignature.NONCE_HEADER, nonce)
                .header(RequestSignature.SIGNATURE_HEADER, signature.sign(epochSeconds, nonce, bytes))
                .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
