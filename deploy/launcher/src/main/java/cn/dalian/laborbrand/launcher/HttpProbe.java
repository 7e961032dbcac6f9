package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Readiness checks over HTTP: a Boot app's {@code /actuator/health} says UP, Keycloak's realm answers. */
final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HttpProbe() {
    }

    /** Spring Boot's health endpoint answers 200 with {"status":"UP"} (anonymous, no details). */
    static BooleanSupplier bootHealth(String baseUrl) {
        URI health = URI.create(baseUrl + "/actuator/health");
        return () -> {
            HttpResponse<String> response = get(health);
            return response != null && response.statusCode() == 200 && response.body().contains("\"UP\"");
        };
    }

    /** Any 200: used for Keycloak's OpenID discovery document of the realm, which exists once the realm is imported. */
    static BooleanSupplier ok(URI uri) {
        return () -> {
            HttpResponse<String> response = get(uri);
            return response != null && response.statusCode() == 200;
        };
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
