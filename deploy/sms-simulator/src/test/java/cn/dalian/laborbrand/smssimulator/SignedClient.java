package cn.dalian.laborbrand.smssimulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import cn.dalian.laborbrand.simulatorkit.http.PlainClient;
import cn.dalian.laborbrand.smssimulator.signature.RequestSignature;

/** notification-service's side of the interface, as the test plays it: signed requests, or deliberately wrong ones. */
final class SignedClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlainClient client;
    private final RequestSignature signature;

    SignedClient(URI base, String secret) {
        this.client = new PlainClient(base);
        this.signature = new RequestSignature(Settings.DEMO_APP_ID, secret);
    }

    HttpResponse<String> send(String json) {
        return client.send(signed("POST", "/v1/sms/messages", json, Instant.now().getEpochSecond(), nonce()));
    }

    HttpResponse<String> get(String path) {
        return client.send(signed("GET", path, "", Instant.now().getEpochSecond(), nonce()));
    }

    /** Signed correctly, but at another time or with a nonce of the caller's choice (a replayed capture, a wrong clock). */
    HttpResponse<String> sendAt(long epochSeconds, String nonce, String json) {
        return client.send(signed("POST", "/v1/sms/messages", json, epochSeconds, nonce));
    }

    /** With whatever headers the caller gives, unsigned otherwise. */
    HttpResponse<String> raw(String method, String path, String body, String... headers) {
        return client.raw(method, path, body, headers);
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private HttpRequest.Builder signed(String method, String path, String body, long epochSeconds, String nonce) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.request(method, path, bytes)
                .header("Content-Type", "application/json")
                .header(RequestSignature.APP_ID_HEADER, signature.appId())
                .header(RequestSignature.TIMESTAMP_HEADER, Long.toString(epochSeconds))
                .header(RequestSignature.NONCE_HEADER, nonce)
                .header(RequestSignature.SIGNATURE_HEADER, signature.sign(epochSeconds, nonce, bytes));
    }
}
