package cn.dalian.laborbrand.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.Changed;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.registry.BrandExited;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationClosed;
import cn.dalian.laborbrand.contracts.registry.RectificationOrdered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.registry.ResourceProfile;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.test.ListPages;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.registry.brand.Brand;
import cn.dalian.laborbrand.registry.brand.BrandService;
import tools.jackson.databind.JsonNode;

/**
 * The provincial system's feed against real PostgreSQL and Kafka. The lifecycle steps are published the way their
 * services do (through {@link RegistryPublisher}, the brand's status changed in the same transaction), so the feed can
 * be compared with the registry's own answer.
 */
@PlatformIntegrationTest
class ProvincialFeedIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    RegistryPublisher publisher;

    @Autowired
    BrandService brands;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    @BeforeEach
    void givenAnEmptyRegistry() {
        jdbc.sql("TRUNCATE feed_entry, brand CASCADE").update();
    }

    @Test
    void theFeedCarriesTheRegistrysEventsAsCloudEventsInTheOrderTheyWerePublished() {
        // given two brands registered, one ordered to rectify, the other recorded provincially
        List<EventEnvelope<?>> published = new ArrayList<>();
        Brand jingang = register("大连金港人力资源服务有限公司", "912102440580649631", "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY, published);
        Brand haiwan = register("大连海湾职业培训学校", "912102422418131093", "210213", "大连金州海湾焊工劳务品牌", BrandLevel.CITY, published);
        published.add(step(ordered(jingang), "RECTIFYING"));
        published.add(step(provincial(haiwan), null));

        // when the province reads from the start
        JsonNode page = read(null, 100);

        // then the events come in the order they were published, as CloudEvents of the published envelopes
        assertThat(page.get("events").valueStream().map(event -> event.get("id").asString()))
                .containsExactlyElementsOf(published.stream().map(envelope -> envelope.eventId().toString()).toList());
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        JsonNode first = page.get("events").get(0);
        assertThat(first.get("specversion").asString()).isEqualTo("1.0");
        assertThat(first.get("source").asString()).isEqualTo("urn:laborbrand:dalian:brand-registry");
        assertThat(first.get("type").asString()).isEqualTo("cn.dalian.laborbrand.registry.BrandRegistered.v1");
        assertThat(first.get("subject").asString()).isEqualTo(jingang.id().toString());
        assertThat(Instant.parse(first.get("time").asString())).isEqualTo(published.getFirst().occurredAt());
        assertThat(first.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(first.get("dataschema").asString()).isEqualTo("urn:laborbrand:dalian:schema:events:BrandRegistered.v1");
        assertThat(first.get("schemaversion").asString()).isEqualTo("1.0");
        assertThat(first.get("data").get("certificateNumber").asString()).isEqualTo(jingang.certificateNumber());
        JsonNode last = page.get("events").get(3);
        assertThat(last.get("type").asString()).isEqualTo("cn.dalian.laborbrand.registry.ProvincialCertificationRecorded.v1");
        assertThat(last.get("data").get("decisionReference").asString()).isEqualTo("辽人社〔2023〕45号");
        assertThat(page.get("events").valueStream().map(event -> Long.parseLong(event.get("feedposition").asString())).toList())
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void whatStaysInTheCityIsNotInTheFeed() {
        Brand jingang = register("大连金港人力资源服务有限公司", "912102440580649631", "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY,
                new ArrayList<>());
        UUID rectification = UUID.randomUUID();
        step(ordered(jingang, rectification), "RECTIFYING");

        step(RegistryEvents.RECTIFICATION_ANSWERED.about(jingang.id(), new RectificationAnswered(jingang.id(), rectification, jingang.orgId(),
                jingang.district(), jingang.brandName(), 3, LocalDate.of(2023, 9, 20))), null);

        assertThat(read(null, 100).get("events").valueStream().map(event -> event.get("type").asString()))
                .containsExactly("cn.dalian.laborbrand.registry.BrandRegistered.v1", "cn.dalian.laborbrand.registry.RectificationOrdered.v1");
    }

    @Test
    void pagesFollowingTheCursorGiveEveryEventExactlyOnceAndTheLastCursorFindsLaterEvents() {
        // given seven events
        Brand jingang = registerSome(7);

        // when read three at a time
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = read(cursor, 3);
            pages.add(page);
            cursor = page.get("next").asString();
        } while (pages.getLast().get("hasMore").asBoolean());

        // then three pages hold the seven events once each, in the order of one page of all
        assertThat(pages).hasSize(3);
        assertThat(ids(pages)).containsExactlyElementsOf(ids(List.of(read(null, 500)))).doesNotHaveDuplicates().hasSize(7);

        // and the last page's cursor, kept, finds what is published afterwards and nothing before
        assertThat(read(cursor, 3).get("events").size()).isZero();
        EventEnvelope<?> later = step(ordered(jingang), "RECTIFYING");
        JsonNode next = read(cursor, 3);
        assertThat(ids(List.of(next))).containsExactly(later.eventId().toString());
        assertThat(next.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void aReplayFromAnOldCursorAnswersTheSameJson() {
        registerSome(4);
        String second = read(null, 2).get("next").asString();
        String before = readRaw(second, 2);

        // when more happens and the province replays from the cursor it kept
        registerSome(2);
        String after = readRaw(second, 2);

        // then the events it had are given again unchanged (only hasMore may have changed)
        assertThat(eventsOf(after)).isEqualTo(eventsOf(before)).contains("BrandRegistered.v1");
        assertThat(read(second, 2).get("events").size()).isEqualTo(2);
    }

    @Test
    void aMalformedCursorIsRefusedWithAProblem() {
        for (String cursor : List.of("not-a-cursor!", encoded("feed.v1:abc"), encoded("feed.v9:3"), encoded("feed.v1:-1"))) {
            http.get().uri("/api/registry/events?cursor={cursor}", cursor).headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM)).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("MALFORMED_CURSOR")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("游标"));
        }
    }

    @Test
    void aCursorBeyondTheEndOfTheJournalIsRefusedAsFromTheFuture() {
        registerSome(1);
        long end = jdbc.sql("SELECT max(position) FROM feed_entry").query(Long.class).single();

        http.get().uri("/api/registry/events?cursor={cursor}", encoded("feed.v1:" + (end + 1000))).headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("CURSOR_FROM_THE_FUTURE")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("尚不存在"));
    }

    @Test
    void aPageHoldsAtMostFiveHundredEvents() {
        http.get().uri("/api/registry/events?limit=501").headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM)).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void onlyTheProvincialSystemReadsTheFeed() {
        for (TestUser user : List.of(TestUser.CITY_REVIEWER, TestUser.LEADING_GROUP, TestUser.APPLICANT_A, TestUser.FINANCE_CLERK,
                TestUser.OPERATOR)) {
            http.get().uri("/api/registry/events").headers(Tokens.as(user)).exchange().expectStatus().isForbidden();
        }
        http.get().uri("/api/registry/events").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theProvincialSystemReadsNothingOutsideTheFeed() {
        Brand jingang = register("大连金港人力资源服务有限公司", "912102440580649631", "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY,
                new ArrayList<>());

        for (String uri : List.of("/api/brands", "/api/public/brands", "/api/brands/" + jingang.id() + "/certificate.pdf",
                "/api/public/brands/verify/" + jingang.certificateNumber())) {
            http.get().uri(uri).headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM)).exchange()
                    .expectStatus().isForbidden()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("OUTSIDE_THE_FEED")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("/api/registry/events"));
        }
    }

    @Test
    void theExampleClientRebuildsTheRegistryFromTheFeedAlone() {
        // given brands through the whole life: rectified and back, exited after a failed rectification, provincial, reported
        List<EventEnvelope<?>> ignored = new ArrayList<>();
        Brand jingang = register("大连金港人力资源服务有限公司", "912102440580649631", "210211", "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY, ignored);
        Brand haiwan = register("大连海湾职业培训学校", "912102422418131093", "210213", "大连金州海湾焊工劳务品牌", BrandLevel.DISTRICT, ignored);
        Brand changxing = register("大连长兴岛船舶技工学校", "912102317772962774", "210281", "大连长兴岛船舶焊工劳务品牌", BrandLevel.CITY, ignored);
        Brand lvshun = register("大连旅顺口区家政服务协会", "512102127169478932", "210212", "大连旅顺月嫂劳务品牌", BrandLevel.DISTRICT, ignored);
        UUID first = UUID.randomUUID();
        step(ordered(jingang, first), "RECTIFYING");
        step(closed(jingang, first, "ACCEPTED"), "ACTIVE");
        UUID failed = UUID.randomUUID();
        step(ordered(haiwan, failed), "RECTIFYING");
        step(closed(haiwan, failed, "FAILED"), "EXIT_PROPOSED");
        step(exited(haiwan), "EXITED");
        step(provincial(changxing), null);
        step(yearlyReport(changxing, 2023), null);
        UUID overdue = UUID.randomUUID();
        step(ordered(lvshun, overdue), "RECTIFYING");
        step(closed(lvshun, overdue, "OVERDUE"), "EXIT_PROPOSED");

        // when the example client pulls the whole feed, two events a page
        var client = new ProvincialFeedClientExample(URI.create("http://127.0.0.1:" + port + "/"), () -> Tokens.of(TestUser.PROVINCIAL_SYSTEM), 2);
        assertThat(client.pull()).hasSize(7);

        // then what it rebuilt is what the registry answers a city reviewer (an exit proposal, not in the feed, reads as rectifying)
        Map<String, ProvincialFeedClientExample.BrandRecord> rebuilt = client.registry();
        Map<String, String> registry = ListPages.walk(http, "/api/brands?limit=100", TestUser.CITY_REVIEWER).stream()
                .flatMap(page -> page.get("items").valueStream())
                .collect(Collectors.toMap(brand -> brand.get("id").asString(), ProvincialFeedIT::asTheProvinceSeesIt));
        assertThat(rebuilt.values().stream().collect(Collectors.toMap(ProvincialFeedClientExample.BrandRecord::id,
                brand -> String.join("|", brand.certificateNumber(), brand.unitName(), brand.brandName(), brand.level(), brand.status()))))
                .isEqualTo(registry);
        assertThat(rebuilt.get(jingang.id().toString()).status()).isEqualTo("ACTIVE");
        assertThat(rebuilt.get(haiwan.id().toString()).status()).isEqualTo("EXITED");
        assertThat(rebuilt.get(lvshun.id().toString()).status()).isEqualTo("RECTIFYING");
        assertThat(rebuilt.get(changxing.id().toString()).provincial()).isTrue();
        assertThat(rebuilt.get(changxing.id().toString()).lastYearlyReport()).isEqualTo(2023);
        assertThat(rebuilt.get(changxing.id().toString()).profile().get("industryDivision").asString()).isEqualTo("37");

        // and, pulling again later, it continues from its cursor with only what is new
        step(ordered(changxing), "RECTIFYING");
        List<JsonNode> later = client.pull();
        assertThat(later).hasSize(1);
        assertThat(later.getFirst().get("events").size()).isEqualTo(1);
        assertThat(client.registry().get(changxing.id().toString()).status()).isEqualTo("RECTIFYING");
    }

    @Test
    void theOpenApiDocumentDescribesTheFeedsPageAndItsCloudEvents() {
        JsonNode document = ListPages.read(http, "/v3/api-docs", null);

        assertThat(document.at("/paths/~1api~1registry~1events/get/responses/200/content").toString()).contains("FeedPage");
        assertThat(document.at("/components/schemas/FeedPage/properties/events/items/$ref").asString()).endsWith("/CloudEvent");
        assertThat(document.at("/components/schemas/CloudEvent/required").valueStream().map(JsonNode::asString))
                .contains("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data");
        assertThat(document.at("/paths/~1api~1registry~1brands").isMissingNode()).isTrue();
    }

    private static String asTheProvinceSeesIt(JsonNode brand) {
        String status = brand.get("status").asString();
        return String.join("|", brand.get("certificateNumber").asString(), brand.get("unitName").asString(), brand.get("brandName").asString(),
                brand.get("level").asString(), "EXIT_PROPOSED".equals(status) ? "RECTIFYING" : status);
    }

    // --- the registry's steps, published as their services publish them

    private Brand register(String unitName, String orgId, String district, String brandName, BrandLevel level, List<EventEnvelope<?>> published) {
        BrandCertified certified = new BrandCertified(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "2023", orgId, unitName, district,
                brandName, level, LocalDate.of(2023, 12, 18), "leading-group");
        String number = "DL-LB-2023-%s-%04d".formatted(level, NUMBERS.incrementAndGet());
        return transaction.execute(status -> {
            Changed<Brand> registered = Brand.register(certified, number, Instant.now());
            brands.add(registered.state());
            registered.events().forEach(event -> published.add(publisher.publish(event)));
            return registered.state();
        });
    }

    private Brand registerSome(int count) {
        Brand last = null;
        for (int i = 0; i < count; i++) {
            last = register("大连金港人力资源服务有限公司", "912102440580649631", "210211", "大连甘井子金港家政服务师劳务品牌" + (i + 1) + "号", BrandLevel.CITY,
                    new ArrayList<>());
        }
        return last;
    }

    /** The event published, and the brand's status changed with it when the step changes it. */
    private EventEnvelope<?> step(OutgoingEvent<?> event, String newStatus) {
        return transaction.execute(status -> {
            if (newStatus != null) {
                jdbc.sql("UPDATE brand SET status = :status WHERE id = CAST(:id AS uuid)").param("status", newStatus).param("id", event.subject())
                        .update();
            }
            return publisher.publish(event);
        });
    }

    private static OutgoingEvent<RectificationOrdered> ordered(Brand brand) {
        return ordered(brand, UUID.randomUUID());
    }

    private static OutgoingEvent<RectificationOrdered> ordered(Brand brand, UUID rectification) {
        return RegistryEvents.RECTIFICATION_ORDERED.about(brand.id(), new RectificationOrdered(brand.id(), rectification, brand.certificateNumber(),
                brand.orgId(), brand.unitName(), brand.district(), brand.brandName(), Set.of("POOR_TRAINING_QUALITY", "TOO_FEW_WORKERS"),
                "2023年回访中培训合格率偏低，务工人员数量较认定时明显减少。", LocalDate.of(2024, 3, 4), 20, LocalDate.of(2024, 4, 1), "reviewer-ganjingzi"));
    }

    private static OutgoingEvent<RectificationClosed> closed(Brand brand, UUID rectification, String outcome) {
        return RegistryEvents.RECTIFICATION_CLOSED.about(brand.id(), new RectificationClosed(brand.id(), rectification, brand.certificateNumber(),
                brand.orgId(), brand.district(), brand.brandName(), outcome, "ACCEPTED".equals(outcome) ? "整改材料齐全，培训记录已补正。" : null,
                "reviewer-ganjingzi", LocalDate.of(2024, 4, 8)));
    }

    private static OutgoingEvent<BrandExited> exited(Brand brand) {
        return RegistryEvents.BRAND_EXITED.about(brand.id(), new BrandExited(brand.id(), brand.certificateNumber(), brand.orgId(), brand.unitName(),
                brand.district(), brand.brandName(), brand.level(), "大就办发〔2024〕3号", LocalDate.of(2024, 5, 6), "leading-group"));
    }

    private static OutgoingEvent<ProvincialCertificationRecorded> provincial(Brand brand) {
        return RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED.about(brand.id(), new ProvincialCertificationRecorded(brand.id(),
                brand.applicationId(), "2023", brand.certificateNumber(), brand.orgId(), brand.unitName(), brand.district(), brand.brandName(),
                CertificationLevel.PROVINCIAL, "辽人社〔2023〕45号", LocalDate.of(2024, 1, 15), "a".repeat(64), "leading-group", Instant.now()));
    }

    private static OutgoingEvent<YearlyReportAccepted> yearlyReport(Brand brand, int year) {
        ResourceProfile profile = new ResourceProfile("C", "37", "船舶制造", "C-37-01", 1200, new java.math.BigDecimal("12.5"),
                new java.math.BigDecimal("3600"), 300, List.of("辽宁省", "山东省"));
        return RegistryEvents.YEARLY_REPORT_ACCEPTED.about(brand.id(), new YearlyReportAccepted(brand.id(), brand.certificateNumber(), brand.orgId(),
                brand.district(), brand.brandName(), year, profile, new YearlyReportAccepted.RosterCounts(1350, 1200, 1180), "reviewer-changxing",
                Instant.now()));
    }

    // --- reading

    private JsonNode read(String cursor, int limit) {
        return ListPages.read(http, uri(cursor, limit), TestUser.PROVINCIAL_SYSTEM);
    }

    private String readRaw(String cursor, int limit) {
        return http.get().uri(uri(cursor, limit)).headers(Tokens.as(TestUser.PROVINCIAL_SYSTEM)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static String uri(String cursor, int limit) {
        return "/api/registry/events?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
    }

    /** The text of the page's events, as sent. */
    private static String eventsOf(String page) {
        return page.substring(page.indexOf("\"events\":"), page.indexOf(",\"next\":"));
    }

    private static List<String> ids(List<JsonNode> pages) {
        return pages.stream().flatMap(page -> page.get("events").valueStream()).map(event -> event.get("id").asString()).toList();
    }

    private static String encoded(String cursor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }
}
