package cn.dalian.laborbrand.paymentsimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;

/** subsidy-service's side of the interface, as the test plays it: signed requests, or deliberately wrong ones. */
final class SignedClient {

    private final URI base;
    private final MerchantSignature signature;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SignedClient(URI base, String secret) {
        this.base = base;
        this.signature = new MerchantSignature(Settings.MERCHANT_ID, secret);
    }

    HttpResponse<String> pay(String idempotencyKey, String json) {
        return send(signed("POST", "/v1/payments", json, Instant.now().getEpochSecond()).header("Idempotency-Key", idempotencyKey));
    }

    HttpResponse<String> get(String path) {
        return send(signed("GET", path, "", Instant.now().getEpochSecond()));
    }

    /** Signed correctly, but at another time (a replayed capture, a wrong clock). */
    HttpResponse<String> payAt(long epochSeconds, String idempotencyKey, String json) {
        return send(signed("POST", "/v1/payments", json, epochSeconds).header("Idempotency-Key", idempotencyKey));
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

    private HttpRequest.Builder signed(String method, String path, String body, long epochSeconds) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header(MerchantSignature.MERCHANT_HEADER, signature.merchantId())
                .header(MerchantSignature.TIMESTAMP_HEADER, Long.toString(epochSeconds))
                .header(MerchantSignature.SIGNATURE_HEADER, signature.sign(epochSeconds, bytes))
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
