package cn.dalian.laborbrand.systemtests.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Talks to the running stack the way the SPA and the provincial system do: tokens from Keycloak's token
 * endpoint (for the demo users the demo realm's test client's password grant, which asks no OTP; client
 * credentials for the machines), then calls through the gateway.
 */
final class PlatformClient {

    static final String PROVINCIAL_SYSTEM = "provincial-system";
    /** Prometheus's client. */
    static final String MONITORING = "monitoring";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI gateway;
    private final URI tokenEndpoint;
    private final DemoRealm realm;
    private final Map<String, String> tokens = new HashMap<>();

    PlatformClient(URI gateway, URI issuer, DemoRealm realm) {
        this.gateway = gateway;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.realm = realm;
    }

    /**
     * An access token from Keycloak: for a demo user through {@value DemoRealm#TEST_CLIENT} (password grant; the
     * browser's {@code spa} client has none), for {@value #PROVINCIAL_SYSTEM} and {@value #MONITORING} with their
     * client credentials.
     */
    String tokenOf(String who) {
        return tokens.computeIfAbsent(who, name -> token(name.equals(PROVINCIAL_SYSTEM) || name.equals(MONITORING)
                ? DemoRealm.form("grant_type", "client_credentials", "client_id", name, "client_secret", realm.secretOf(name))
                : DemoRealm.form("grant_type", "password", "client_id", DemoRealm.TEST_CLIENT, "username", name,
                        "password", realm.passwordOf(name), "scope", "openid")));
    }

    /** Keycloak's answer to a token request, whatever it is (for the tests of the realm itself). */
    Response tokenRequest(Map<String, String> form) {
        return tokenRequest(tokenEndpoint, form);
    }

    /** The same at another realm's token endpoint (the administrator's, in the master realm). */
    Response tokenRequest(URI endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET beside the gateway, to an outside system's local view (the SMS simulator's messages, GreenMail's mailboxes). */
    Response getOutside(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET());
    }

    Response get(String path, String token) {
        return send(request(path, token, Map.of()).GET());
    }

    /**
     * Every item of a paged list ({@code {items, next, total}}), following {@code next} from the first page, as one
     * answer whose body is the array of all items (or the first page that was not 200).
     */
    Response all(String path, String token) {
        ArrayNode items = json.createArrayNode();
        String separator = path.contains("?") ? "&" : "?";
        String next = null;
        do {
            Response page = get(path + separator + "limit=100" + (next == null ? "" : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)),
                    token);
            if (page.status() != 200) {
                return page;
            }
            items.addAll((ArrayNode) page.json().get("items"));
            next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (next != null);
        return new Response(200, Map.of(), items.toString(), json);
    }

    /** A file as its bytes (a download's body is not text), with the answer's status and headers. */
    Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, token, Map.of()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).GET());
    }

    Response post(String path, String token, String body) {
        return post(path, token, body, Map.of());
    }

    Response put(String path, String token, String body) {
        return put(path, token, body, Map.of());
    }

    Response put(String path, String token, String body, Map<String, String> headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a body sent as given, with exactly the headers given (a Content-Type a client would not choose, say). */
    Response send(String method, String path, String token, String body, Map<String, String> headers) {
        return send(request(path, token, headers).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Response post(String path, String token, String body, Map<String, String> headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file as a raw request body (uploads stream; they are never multipart). */
    Response upload(String path, String token, byte[] file) {
        return send(request(path, token, Map.of()).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private String token(Map<String, String> form) {
        Response response = tokenRequest(form);
        if (response.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length < 2000 ? new String(body, StandardCharsets.UTF_8) : body.length + " bytes");
        }
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body, JsonMapper mapper) {

        JsonNode json() {
            return mapper.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
