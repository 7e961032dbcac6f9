package cn.dalian.laborbrand.paymentsimulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;
import cn.dalian.laborbrand.simulatorkit.http.PlainClient;

/** subsidy-service's side of the interface, as the test plays it: signed requests, or deliberately wrong ones. */
final class SignedClient {

    private final PlainClient client;
    private final MerchantSignature signature;

    SignedClient(URI base, String secret) {
        this.client = new PlainClient(base);
        this.signature = new MerchantSignature(Settings.MERCHANT_ID, secret);
    }

    HttpResponse<String> pay(String idempotencyKey, String json) {
        return client.send(signed("POST", "/v1/payments", json, Instant.now().getEpochSecond()).header("Idempotency-Key", idempotencyKey));
    }

    HttpResponse<String> get(String path) {
        return client.send(signed("GET", path, "", Instant.now().getEpochSecond()));
    }

    /** Signed correctly, but at another time (a replayed capture, a wrong clock). */
    HttpResponse<String> payAt(long epochSeconds, String idempotencyKey, String json) {
        return client.send(signed("POST", "/v1/payments", json, epochSeconds).header("Idempotency-Key", idempotencyKey));
    }

    /** With whatever headers the caller gives, unsigned otherwise. */
    HttpResponse<String> raw(String method, String path, String body, String... headers) {
        return client.raw(method, path, body, headers);
    }

    private HttpRequest.Builder signed(String method, String path, String body, long epochSeconds) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.request(method, path, bytes)
                .header("Content-Type", "application/json")
                .header(MerchantSignature.MERCHANT_HEADER, signature.merchantId())
                .header(MerchantSignature.TIMESTAMP_HEADER, Long.toString(epochSeconds))
                .header(MerchantSignature.SIGNATURE_HEADER, signature.sign(epochSeconds, bytes));
    }
}
