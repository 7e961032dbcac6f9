package cn.dalian.laborbrand.registry.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the provincial system's side of the feed looks like, written as a client of the HTTP API only (no class of the
 * service): it keeps its cursor, pulls page by page until nothing more is waiting, and rebuilds the city's registry
 * from the events alone. Run again later, it continues from the cursor it kept.
 */
final class ProvincialFeedClientExample {

    private static final String TYPES = "cn.dalian.laborbrand.registry.";

    /** A brand as the province knows it from the feed. */
    record BrandRecord(String id, String certificateNumber, String unitName, String brandName, String level, String status,
            boolean provincial, Integer lastYearlyReport, JsonNode profile) {

        BrandRecord withStatus(String newStatus) {
            return new BrandRecord(id, certificateNumber, unitName, brandName, level, newStatus, provincial, lastYearlyReport, profile);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;
    private final Supplier<String> accessToken;
    private final int pageSize;
    private final Map<String, BrandRecord> registry = new LinkedHashMap<>();
    private String cursor;

    /** @param base where the platform answers, e.g. {@code https://laborbrand.dalian.gov.cn/} */
    ProvincialFeedClientExample(URI base, Supplier<String> accessToken, int pageSize) {
        this.base = base;
        this.accessToken = accessToken;
        this.pageSize = pageSize;
    }

    /** Pulls every event after the kept cursor into the registry; answers the pages read, as they came. */
    List<JsonNode> pull() {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page;
        do {
            page = get(cursor);
            pages.add(page);
            page.get("events").forEach(this::apply);
            cursor = page.get("next").asString();
        } while (page.get("hasMore").asBoolean());
        return pages;
    }

    /** One page from a cursor (the start when null), as the API answers it. */
    JsonNode get(String from) {
        String query = "api/registry/events?limit=" + pageSize + (from == null ? "" : "&cursor=" + URLEncoder.encode(from, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(query)).header("Authorization", "Bearer " + accessToken.get()).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the feed answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the feed could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the feed", e);
        }
    }

    Map<String, BrandRecord> registry() {
        return Map.copyOf(registry);
    }

    String cursor() {
        return cursor;
    }

    private void apply(JsonNode event) {
        String brandId = event.get("subject").asString();
        JsonNode data = event.get("data");
        BrandRecord brand = registry.get(brandId);
        switch (event.get("type").asString().substring(TYPES.length())) {
            case "BrandRegistered.v1" -> registry.put(brandId, new BrandRecord(brandId, data.get("certificateNumber").asString(),
                    data.get("unitName").asString(), data.get("brandName").asString(), data.get("level").asString(), "ACTIVE", false, null, null));
            case "BrandProfileUpdated.v1" -> registry.put(brandId, new BrandRecord(brandId, brand.certificateNumber(), brand.unitName(),
                    data.get("brandName").asString(), brand.level(), brand.status(), brand.provincial(), brand.lastYearlyReport(), data.get("profile")));
            case "YearlyReportAccepted.v1" -> registry.put(brandId, new BrandRecord(brandId, brand.certificateNumber(), brand.unitName(),
                    brand.brandName(), brand.level(), brand.status(), brand.provincial(), data.get("year").asInt(), data.get("profile")));
            case "RectificationOrdered.v1" -> registry.put(brandId, brand.withStatus("RECTIFYING"));
            // a failed or overdue rectification leads to an exit proposal, which stays in the city: still rectifying here
            case "RectificationClosed.v1" -> registry.put(brandId, brand.withStatus("ACCEPTED".equals(data.get("outcome").asString())
                    ? "ACTIVE" : "RECTIFYING"));
            case "BrandExited.v1" -> registry.put(brandId, brand.withStatus("EXITED"));
            case "ProvincialCertificationRecorded.v1" -> registry.put(brandId, new BrandRecord(brandId, brand.certificateNumber(),
                    brand.unitName(), brand.brandName(), brand.level(), brand.status(), true, brand.lastYearlyReport(), brand.profile()));
            // a newer major version or a type this client does not know yet: skipped, as the feed's README advises
            default -> {
            }
        }
    }
}
