package cn.dalian.laborbrand.systemtests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The guard rails of the platform, through the gateway with Keycloak's tokens: lists answer page by page, the
 * official calendar is data an operator extends without a restart.
 */
@ExtendWith(RunningPlatform.class)
class GuardRailsSystemIT {

    private static final String DRAFT = """
            {"brandName": "大连金州海湾第%d号焊工劳务品牌", "description": "海湾焊工品牌依托学校焊接实训基地培养焊工。",
             "requestedLevels": ["DISTRICT"]}
            """;

    @Test
    void aListOf250ItemsIsWalkedPageByPageThroughTheGateway(PlatformClient client) throws InterruptedException {
        // given 大连海湾职业培训学校 keeps 250 drafts (and whatever other tests of this stack gave it)
        String applicant = client.tokenOf("applicant-b");
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            int number = i;
            PlatformClient.Response draft = withinRateLimit(() -> client.post("/api/applications", applicant, DRAFT.formatted(number)));
            assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
            created.add(draft.json().get("id").asString());
        }

        // when the unit walks its list 100 at a time, following the cursor each page gives
        List<JsonNode> pages = new ArrayList<>();
        String next = null;
        do {
            String cursor = next;
            PlatformClient.Response page = withinRateLimit(() -> client.get("/api/applications?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), applicant));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages.add(page.json());
            next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (next != null);

        // then three pages (or more, with other tests' drafts) hold every draft once, newest first
        List<String> seen = new ArrayList<>();
        pages.forEach(page -> page.get("items").forEach(item -> seen.add(item.get("id").asString())));
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(pages.get(0).get("items").size()).isEqualTo(100);
        assertThat(pages.get(1).get("items").size()).isEqualTo(100);
        assertThat(pages.get(0).get("total").asLong()).isEqualTo(seen.size());
        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
        assertThat(seen.subList(0, 250)).containsExactlyElementsOf(created.reversed());
    }

    @Test
    void badInputSentThroughTheGatewayIsRefusedByTheServiceWithAProblemAndWritesNothing(PlatformClient client) {
        String applicant = client.tokenOf("applicant-a");
        long before = client.get("/api/applications?limit=1", applicant).json().get("total").asLong();

        PlatformClient.Response wildcard = client.send("POST", "/api/applications", applicant, DRAFT.formatted(1),
                Map.of("Content-Type", "application/*"));
        PlatformClient.Response nul = client.post("/api/applications", applicant, DRAFT.formatted(2).replace("焊工", "焊\\u0000工"));
        PlatformClient.Response coerced = client.post("/api/applications", applicant,
                DRAFT.formatted(3).replace("\"海湾焊工品牌依托学校焊接实训基地培养焊工。\"", "1"));
        PlatformClient.Response duplicate = client.post("/api/applications", applicant,
                DRAFT.formatted(4).replace("{\"brandName\"", "{\"description\": \"重复的字段\", \"brandName\""));

        assertThat(wildcard.status()).as(wildcard.toString()).isEqualTo(415);
        assertThat(wildcard.json().get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        for (PlatformClient.Response refused : List.of(nul, coerced, duplicate)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("brandName");
        assertThat(coerced.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(client.get("/api/applications?limit=1", applicant).json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void countingIntoAnUnpublishedYearIsRefusedUntilAnOperatorLoadsItAndThenSucceedsWithoutARestart(PlatformClient client) {
        String reviewer = client.tokenOf("reviewer-ganjingzi");
        String period = "/api/reviews/calendar/period?startsOn=2026-12-28&workingDays=5";

        // given the shipped calendar, whose 2027 file names no day yet
        PlatformClient.Response unknown = client.get(period, reviewer);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("YEAR_UNKNOWN");
        assertThat(unknown.json().get("missingYear").asInt()).isEqualTo(2027);

        // when an operator loads 2027's arrangement (here test material naming New Year's Day)
        PlatformClient.Response loaded = client.put("/api/reviews/calendar/years/2027", client.tokenOf("operator"), """
                {"year": 2027, "papers": ["https://example.invalid/test-material-2027"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
                """, Map.of());
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);

        // then the same count succeeds, on the running service
        PlatformClient.Response counted = client.get(period, reviewer);
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
        assertThat(counted.json().get("endsOn").asString()).isEqualTo("2027-01-04");
    }

    /** A call that the gateway's per-client rate limit may refuse (429): waited for as told, then made again. */
    private static PlatformClient.Response withinRateLimit(Supplier<PlatformClient.Response> call) throws InterruptedException {
        PlatformClient.Response response = call.get();
        while (response.status() == 429) {
            Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
            response = call.get();
        }
        return response;
    }
}
