package cn.dalian.laborbrand.registry.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.envelope.EventEnvelope;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyEvents;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The registry hears of every subsidy subsidy-service paid (SubsidyDisbursed), through its inbox, once per brand and level,
 * and shows it on the brand to those who may read the brand; the public pages never show what a unit was paid.
 */
@PlatformIntegrationTest
class PaidSubsidiesIT implements InboxContract<SubsidyDisbursed> {

    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final EventDefinition<SubsidyDisbursed> DISBURSED = SubsidyEvents.DISBURSED;

    private static final String JINGANG = "912102440580649631";
    private static final Instant PAID_AT = Instant.parse("2026-12-01T06:30:05Z");
    /** Certificate numbers of their own, so that brands other tests register never collide with these. */
    private static final AtomicInteger CERTIFICATES = new AtomicInteger(50_000_000 + new Random().nextInt(40_000_000));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Test
    void theSameEventTwiceAndASecondPaymentOfTheLevelLeaveOneRowPerLevelAndBothLevelsGiveTwo() {
        // given a city-level brand whose city subsidy is reported twice (a redelivery)
        UUID brand = UUID.randomUUID();
        SubsidyDisbursed city = disbursed(brand, CertificationLevel.CITY, 5_000_000L);
        UUID cityEvent = send(city);
        send(city, cityEvent);
        await().atMost(PROCESSING).until(() -> processed(cityEvent) && rows(brand) == 1);

        // when its provincial subsidy is reported, and another event claims the city's again (another entitlement and amount)
        UUID provincialEvent = send(disbursed(brand, CertificationLevel.PROVINCIAL, 10_000_000L));
        UUID secondCityEvent = send(disbursed(brand, CertificationLevel.CITY, 4_000_000L));
        await().atMost(PROCESSING).until(() -> processed(provincialEvent) && processed(secondCityEvent));

        // then the brand has one row per level, and the city's is the first payment
        assertThat(rows(brand)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT payment_reference FROM paid_subsidy WHERE brand_id = :id AND certification_level = 'CITY'")
                .param("id", brand).query(String.class).single()).isEqualTo(city.paymentReference());
        assertThat(jdbc.sql("SELECT sum(amount_fen) FROM paid_subsidy WHERE brand_id = :id").param("id", brand).query(Long.class).single())
                .isEqualTo(15_000_000L);
    }

    @Test
    void aPaymentHeardOfBeforeTheBrandIsRegisteredIsKeptAndShowsOnceTheBrandIsThere() {
        // given the city's subsidy reported for a brand the registry has not registered yet
        UUID brand = UUID.randomUUID();
        send(disbursed(brand, CertificationLevel.CITY, 5_000_000L));
        await().atMost(PROCESSING).until(() -> rows(brand) == 1);
        http.get().uri("/api/brands/" + brand).headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isNotFound();

        // when the brand is registered
        String number = insertBrand(brand, JINGANG, "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", "CITY");

        // then its page shows the subsidy paid
        http.get().uri("/api/brands/" + brand).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.certificateNumber").isEqualTo(number)
                .jsonPath("$.subsidyPaid").isEqualTo(true)
                .jsonPath("$.subsidies.length()").isEqualTo(1)
                .jsonPath("$.subsidies[0].certificationLevel").isEqualTo("CITY")
                .jsonPath("$.subsidies[0].levelLabel").isEqualTo("市级")
                .jsonPath("$.subsidies[0].amountFen").isEqualTo(5_000_000)
                .jsonPath("$.subsidies[0].amountText").isEqualTo("¥50,000.00")
                .jsonPath("$.subsidies[0].paidAt").isEqualTo("2026-12-01T06:30:05Z");
    }

    @Test
    void theSubsidiesPaidShowWhereTheBrandDoesAndNeverOnThePublicPages() {
        // given a city-level brand of 甘井子区 paid both subsidies, and a brand of 金州区 paid none
        UUID paid = UUID.randomUUID();
        String number = insertBrand(paid, JINGANG, "大连金港人力资源服务有限公司", "210211", "大连甘井子金港家政服务师劳务品牌", "CITY");
        UUID unpaid = UUID.randomUUID();
        insertBrand(unpaid, "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾焊工劳务品牌", "DISTRICT");
        send(disbursed(paid, CertificationLevel.PROVINCIAL, 10_000_000L));
        send(disbursed(paid, CertificationLevel.CITY, 5_000_000L));
        await().atMost(PROCESSING).until(() -> rows(paid) == 2);

        // then the unit, the brand's district and the city read both on the brand's page, the city's first
        for (TestUser reader : List.of(TestUser.APPLICANT_A, TestUser.REVIEWER_GANJINGZI, TestUser.CITY_REVIEWER)) {
            http.get().uri("/api/brands/" + paid).headers(Tokens.as(reader)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.subsidyPaid").isEqualTo(true)
                    .jsonPath("$.subsidies[*].levelLabel").isEqualTo(List.of("市级", "省级"))
                    .jsonPath("$.subsidies[*].amountText").isEqualTo(List.of("¥50,000.00", "¥100,000.00"));
        }
        // and in the list of brands, beside a brand paid nothing
        http.get().uri("/api/brands?limit=100").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '" + paid + "')].subsidyPaid").isEqualTo(List.of(true))
                .jsonPath("$.items[?(@.id == '" + paid + "')].subsidies[*].certificationLevel").isEqualTo(List.of("CITY", "PROVINCIAL"))
                .jsonPath("$.items[?(@.id == '" + unpaid + "')].subsidyPaid").isEqualTo(List.of(false))
                .jsonPath("$.items[?(@.id == '" + unpaid + "')].subsidies[*]").isEmpty();

        // and another unit or another district finds no such brand
        for (TestUser outsider : List.of(TestUser.APPLICANT_B, TestUser.REVIEWER_JINZHOU)) {
            http.get().uri("/api/brands/" + paid).headers(Tokens.as(outsider)).exchange().expectStatus().isNotFound();
        }
        // and the public list and the certificate's verification say nothing of money
        http.get().uri("/api/public/brands?limit=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.certificateNumber == '" + number + "')]").exists()
                .jsonPath("$.items[*].subsidies").doesNotExist()
                .jsonPath("$.items[*].subsidyPaid").doesNotExist();
        http.get().uri("/api/public/brands/verify/" + number).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.certificateNumber").isEqualTo(number)
                .jsonPath("$.subsidies").doesNotExist()
                .jsonPath("$.subsidyPaid").doesNotExist();
    }

    @Test
    void aSubsidyReportedPaidForADistrictLevelCertificationGoesToTheDeadLetterTopicAndShowsNowhere(
            @Value("${spring.kafka.consumer.group-id}") String group) {
        SubsidyDisbursed district = disbursed(UUID.randomUUID(), CertificationLevel.DISTRICT, 5_000_000L);
        send(district);

        var dead = KafkaProbe.find("laborbrand." + group + ".dlt", r -> subjectOf(district).equals(r.key()), PROCESSING);
        assertThat(dead).as("the district-level payment in the dead-letter topic").isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("district-level");
        assertThat(rows(district.brandId())).isZero();
    }

    @Override
    public EventDefinition<SubsidyDisbursed> consumedEvent() {
        return DISBURSED;
    }

    @Override
    public long effectsOf(SubsidyDisbursed payload) {
        return jdbc.sql("SELECT count(*) FROM paid_subsidy WHERE entitlement_id = :id").param("id", payload.entitlementId())
                .query(Long.class).single();
    }

    private long rows(UUID brand) {
        return jdbc.sql("SELECT count(*) FROM paid_subsidy WHERE brand_id = :id").param("id", brand).query(Long.class).single();
    }

    /** Publishes the payment as subsidy-service's outbox would; answers the event's id. */
    private UUID send(SubsidyDisbursed payload) {
        return send(payload, UUID.randomUUID());
    }

    private UUID send(SubsidyDisbursed payload, UUID eventId) {
        String subject = subjectOf(payload);
        KafkaProbe.send(SubsidyEvents.DISBURSED_TOPIC, subject, new EventCodec().write(new EventEnvelope<>(eventId, DISBURSED.type(),
                DISBURSED.version(), Instant.now(), "subsidy-service", subject, "test-" + UUID.randomUUID(), payload)));
        return eventId;
    }

    /** Whether the registry's inbox has taken the event (whatever its effect). */
    private boolean processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id").param("id", eventId).query(Long.class).single() == 1;
    }

    /** A payment as subsidy-service reports it once the payment system confirmed it (到账). */
    private static SubsidyDisbursed disbursed(UUID brand, CertificationLevel level, long amountFen) {
        SubsidyDisbursed sample = SampleEvents.subsidyDisbursed(brand, level, amountFen);
        return new SubsidyDisbursed(sample.entitlementId(), brand, sample.applicationId(), JINGANG, sample.unitName(), sample.brandName(),
                level, amountFen, sample.batchId(), sample.paymentReference(), sample.bankTransactionId(), PAID_AT);
    }

    private String insertBrand(UUID id, String orgId, String unitName, String district, String brandName, String level) {
        String number = "DL-LB-2026-" + level + "-" + CERTIFICATES.incrementAndGet();
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, 'ACTIVE', :certifiedOn, :at, 0)
                """)
                .param("id", id).param("certificate", number).param("applicationId", UUID.randomUUID()).param("orgId", orgId)
                .param("unitName", unitName).param("district", district).param("brandName", brandName).param("level", level)
                .param("certifiedOn", LocalDate.of(2026, 11, 20)).param("at", Timestamp.from(Instant.now()))
                .update();
        return number;
    }
}
