package cn.dalian.laborbrand.paymentsimulator.callback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.dalian.laborbrand.paymentsimulator.payment.Payment;
import cn.dalian.laborbrand.paymentsimulator.signature.MerchantSignature;
import tools.jackson.databind.ObjectMapper;

/** Delivers one result notice: a signed POST to the payment's callbackUrl; only a 2xx answer acknowledges it. */
public final class CallbackClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    /** @param answer what came back ({@code HTTP 204}), or why nothing did */
    public record Delivery(boolean acknowledged, String answer) {
    }

    private final MerchantSignature signature;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();

    public CallbackClient(MerchantSignature signature, ObjectMapper mapper, Clock clock) {
        this.signature = signature;
        this.mapper = mapper;
        this.clock = clock;
    }

    public Delivery deliver(Payment payment) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] body = mapper.writeValueAsBytes(CallbackNotice.of(payment, now));
        HttpRequest request = HttpRequest.newBuilder(URI.create(payment.request().callbackUrl()))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(MerchantSignature.MERCHANT_HEADER, signature.merchantId())
                .header(MerchantSignature.TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()))
                .header(MerchantSignature.SIGNATURE_HEADER, signature.sign(now.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Delivery(response.statusCode() / 100 == 2, "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Delivery(false, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(false, "interrupted");
        }
    }
}
