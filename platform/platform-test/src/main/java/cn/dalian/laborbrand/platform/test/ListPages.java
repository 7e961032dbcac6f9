package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the pages of a list endpoint ({@code {items, next, total}}) the way a client does, following {@code next}. */
public final class ListPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_PAGES = 1000;

    private ListPages() {
    }

    /** One page, as the user (anonymously when null). */
    public static JsonNode read(RestTestClient http, String uri, TestUser user) {
        var request = http.get().uri(uri);
        if (user != null) {
            request.headers(Tokens.as(user));
        }
        return JSON.readTree(request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** Every page from the first, in order, until one has no {@code next}. */
    public static List<JsonNode> walk(RestTestClient http, String uri, TestUser user) {
        List<JsonNode> pages = new ArrayList<>();
        String next = null;
        do {
            String separator = uri.contains("?") ? "&" : "?";
            JsonNode page = read(http, next == null ? uri : uri + separator + "cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8), user);
            pages.add(page);
            next = page.get("next").isNull() ? null : page.get("next").asString();
            assertThat(pages).as("pages of %s", uri).hasSizeLessThan(MOST_PAGES);
        } while (next != null);
        return pages;
    }

    /** The values of one field of every item of the pages, in order. */
    public static List<String> field(List<JsonNode> pages, String name) {
        return pages.stream().flatMap(page -> page.get("items").valueStream()).map(item -> item.get(name).asString()).toList();
    }
}
