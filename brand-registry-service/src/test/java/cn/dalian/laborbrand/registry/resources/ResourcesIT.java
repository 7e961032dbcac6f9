package cn.dalian.laborbrand.registry.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.registry.YearlyReportAccepted;
import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The resource library with its real database and broker: the application's figures and the certification fill a brand's
 * entry, reviewers classify it, the holder reports a year and the district accepts it, each step published and journalled.
 */
@PlatformIntegrationTest
class ResourcesIT implements InboxContract<ApplicationSubmitted> {

    private static final Duration PROCESSED = Duration.ofSeconds(60);

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBrandsEntryIsFilledFromItsApplicationClassifiedReportedOnAndAccepted() {
        // given 大连金港人力资源服务有限公司's application with its roster, then the city's certification of its brand
        ApplicationSubmitted application = ResourceEntryTest.withRoster(SampleEvents.applicationSubmitted(Set.of(BrandLevel.CITY)));
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, application.applicationId().toString(),
                SampleEvents.message(ApplicationEvents.SUBMITTED, application));
        await().atMost(PROCESSED).until(() -> effectsOf(application) == 1);
        BrandCertified certified = certifiedFrom(application);
        KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, certified.caseId().toString(), SampleEvents.message(ReviewEvents.BRAND_CERTIFIED, certified));
        UUID brand = certified.brandId();

        // then its entry holds the roster's 2022 counts, and the profile went out as it stands
        await().atMost(PROCESSED).until(() -> entries(brand) == 1);
        http.get().uri("/api/brands/{id}/profile", brand).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.profile.employmentScale").isEqualTo(1102)
                .jsonPath("$.profile.trainingCapacity").isEqualTo(1201)
                .jsonPath("$.figuresYear").isEqualTo(2022)
                .jsonPath("$.unitTypeLabel").isEqualTo("人力资源服务机构")
                .jsonPath("$.openYears[0]").isEqualTo(2022);
        assertThat(KafkaProbe.find(RegistryEvents.BRAND_PROFILE_UPDATED_TOPIC, r -> brand.toString().equals(r.key()), PROCESSED)).isPresent();

        // when the district classifies it against the guidance catalogue
        http.put().uri("/api/brands/{id}/profile/classification", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("industrySection", "O", "industryDivision", "80", "sector", "家政服务", "catalogueEntry", "O-80-01"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.industryDivisionName").isEqualTo("居民服务业")
                .jsonPath("$.catalogueEntryName").isEqualTo("家政服务");

        // then BrandProfileUpdated carries the classification
        assertThat(KafkaProbe.find(RegistryEvents.BRAND_PROFILE_UPDATED_TOPIC,
                r -> brand.toString().equals(r.key()) && r.value().contains("O-80-01"), PROCESSED)).isPresent();

        // when the holder reports 2022, the year's roster counts come with it; a second report of the year is refused
        http.post().uri("/api/brands/{id}/yearly-reports", brand).headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .body(report(2022)).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.roster.employed").isEqualTo(1102);
        http.post().uri("/api/brands/{id}/yearly-reports", brand).headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .body(report(2022)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("YEAR_ALREADY_REPORTED");

        // and it waits on 甘井子区's worklist, not on 金州区's, whose reviewer cannot find it
        http.get().uri("/api/brands/yearly-reports?status=SUBMITTED&limit=100").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.brandId == '" + brand + "')].year").isEqualTo(List.of(2022));
        http.get().uri("/api/brands/yearly-reports?status=SUBMITTED&limit=100").headers(Tokens.as(TestUser.REVIEWER_JINZHOU)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.brandId == '" + brand + "')]").isEmpty();
        http.post().uri("/api/brands/{id}/yearly-reports/2022/review", brand).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("outcome", "ACCEPT")).exchange()
                .expectStatus().isNotFound();

        // when 甘井子区 accepts it
        http.post().uri("/api/brands/{id}/yearly-reports/2022/review", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("outcome", "ACCEPT", "note", "数据与花名册一致。")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");

        // then YearlyReportAccepted carries the year's profile and roster counts, and the feed's journal holds it
        var accepted = KafkaProbe.find(RegistryEvents.YEARLY_REPORT_ACCEPTED_TOPIC, r -> brand.toString().equals(r.key()), PROCESSED);
        assertThat(accepted).isPresent();
        YearlyReportAccepted payload = new EventCodec().read(accepted.get().value(), RegistryEvents.YEARLY_REPORT_ACCEPTED).payload();
        assertThat(payload.year()).isEqualTo(2022);
        assertThat(payload.roster()).isEqualTo(new YearlyReportAccepted.RosterCounts(1290, 1201, 1102));
        assertThat(payload.profile().employmentScale()).isEqualTo(1320);
        assertThat(payload.profile().catalogueEntry()).isEqualTo("O-80-01");
        assertThat(payload.profile().regionsServed()).containsExactly("大连市", "沈阳市", "北京市");
        assertThat(jdbc.sql("SELECT count(*) FROM feed_entry WHERE subject = :id AND type = 'YearlyReportAccepted'").param("id", brand)
                .query(Integer.class).single()).isEqualTo(1);

        // and the entry takes the year's figures, with the history per year
        http.get().uri("/api/brands/{id}/profile", brand).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.profile.employmentScale").isEqualTo(1320)
                .jsonPath("$.profile.marketSharePercent").isEqualTo(12.5)
                .jsonPath("$.reports[0].year").isEqualTo(2022)
                .jsonPath("$.reports[0].status").isEqualTo("ACCEPTED")
                .jsonPath("$.openYears[0]").isEqualTo(2023);
    }

    @Test
    void anUnfinishedYearAnotherUnitsBrandAndBadFiguresAreRefused() {
        BrandCertified certified = SampleEvents.brandCertified(BrandLevel.DISTRICT);
        KafkaProbe.send(ReviewEvents.BRAND_CERTIFIED_TOPIC, certified.caseId().toString(), SampleEvents.message(ReviewEvents.BRAND_CERTIFIED, certified));
        UUID brand = certified.brandId();
        await().atMost(PROCESSED).until(() -> entries(brand) == 1);
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

        post(brand, TestUser.APPLICANT_A, report(thisYear)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("YEAR_NOT_FINISHED");
        post(brand, TestUser.APPLICANT_A, report(2021)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("YEAR_BEFORE_CERTIFICATION");
        post(brand, TestUser.APPLICANT_B, report(2023)).expectStatus().isNotFound();
        post(brand, TestUser.REVIEWER_GANJINGZI, report(2023)).expectStatus().isForbidden();
        Map<String, Object> badShare = new java.util.HashMap<>(report(2023));
        badShare.put("marketSharePercent", 120);
        badShare.put("regionsServed", List.of());
        post(brand, TestUser.APPLICANT_A, badShare).expectStatus().isBadRequest()
                .expectBody().consumeWith(result -> assertThat(new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("市场占有率应在 0 至 100 之间。", "服务地区请填写 1 至 50 个。"));
        // a return needs a note; nothing was written by any of these
        post(brand, TestUser.APPLICANT_A, report(2023)).expectStatus().isCreated();
        http.post().uri("/api/brands/{id}/yearly-reports/2023/review", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("outcome", "RETURN")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("RETURN_NEEDS_NOTE");
        assertThat(jdbc.sql("SELECT count(*) FROM yearly_report WHERE brand_id = :id").param("id", brand).query(Integer.class).single()).isEqualTo(1);
        // a classification outside the catalogue's division is refused
        http.put().uri("/api/brands/{id}/profile/classification", brand).headers(Tokens.as(TestUser.CITY_REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("industrySection", "O", "industryDivision", "81", "sector", "家政服务", "catalogueEntry", "O-80-01"))
                .exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("CATALOGUE_ENTRY_ELSEWHERE");
    }

    @Test
    void anyoneSignedInReadsTheIndustriesAndTheCatalogueWhichOnlyTheCityMaintains() {
        http.get().uri("/api/brands/industries").headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(20)
                .jsonPath("$[?(@.code == 'T')].divisions[0].code").isEqualTo(List.of("97"));
        http.get().uri("/api/brands/catalogue").headers(Tokens.as(TestUser.REVIEWER_JINZHOU)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code == 'C-37-01')].name").isEqualTo(List.of("船舶焊接"));
        String code = "C-37-" + (10 + new java.util.Random().nextInt(89));
        Map<String, Object> entry = Map.of("code", code, "name", "海洋工程装备涂装", "guidance", "培养船舶与海工装备涂装工，持证上岗。", "active", true);
        http.post().uri("/api/brands/catalogue").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON).body(entry)
                .exchange().expectStatus().isForbidden();
        http.post().uri("/api/brands/catalogue").headers(Tokens.as(TestUser.CITY_REVIEWER)).contentType(MediaType.APPLICATION_JSON).body(entry)
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.industryDivisionName").isEqualTo("铁路、船舶、航空航天和其他运输设备制造业");
        http.post().uri("/api/brands/catalogue").headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_JSON).body(entry)
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("CATALOGUE_CODE_TAKEN");
        http.put().uri("/api/brands/catalogue/{code}", code).headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "海洋工程装备涂装", "guidance", "暂停新增。", "active", false))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
    }

    private RestTestClient.ResponseSpec post(UUID brand, TestUser user, Map<String, Object> body) {
        return http.post().uri("/api/brands/{id}/yearly-reports", brand).headers(Tokens.as(user)).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    private static Map<String, Object> report(int year) {
        return Map.of("year", year, "employmentScale", 1320, "marketSharePercent", 12.5, "economicBenefitTenThousandYuan", 3860,
                "trainingCapacity", 1500, "regionsServed", List.of("大连市", "沈阳市", "北京市"),
                "narrative", year + " 年新增母婴护理培训班 12 期，输出家政服务员到北京、沈阳等地。");
    }

    private static BrandCertified certifiedFrom(ApplicationSubmitted application) {
        BrandCertified sample = SampleEvents.brandCertified(BrandLevel.CITY);
        return new BrandCertified(sample.brandId(), sample.caseId(), application.applicationId(), sample.campaign(), application.orgId(),
                application.unitName(), application.district(), application.brandName(), BrandLevel.CITY, sample.decisionDate(), sample.decidedBy());
    }

    private long entries(UUID brand) {
        return jdbc.sql("SELECT count(*) FROM resource_entry WHERE brand_id = :id").param("id", brand).query(Long.class).single();
    }

    @Override
    public EventDefinition<ApplicationSubmitted> consumedEvent() {
        return ApplicationEvents.SUBMITTED;
    }

    @Override
    public long effectsOf(ApplicationSubmitted payload) {
        return jdbc.sql("SELECT count(*) FROM application_facts WHERE application_id = :id").param("id", payload.applicationId())
                .query(Long.class).single();
    }
}
