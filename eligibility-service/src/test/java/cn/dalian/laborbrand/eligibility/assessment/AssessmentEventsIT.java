package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.PublishedCampaigns;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Eligibility consumes ApplicationSubmitted and publishes EligibilityAssessed. */
@PlatformIntegrationTest
class AssessmentEventsIT implements InboxContract<ApplicationSubmitted>, OutboxContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AssessmentService assessments;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @BeforeEach
    void applicationServiceHasPublishedThe2022Campaign() {
        PublishedCampaigns.ensureKnown(jdbc, PublishedCampaigns.CAMPAIGN_2022);
    }

    @Test
    void aSubmittedApplicationIsAssessedAndTheOutcomePublishedAndReadableByItsDistrict() {
        // given 大连金港人力资源服务有限公司 submits an application for both levels
        ApplicationSubmitted submitted = newPayload();
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));

        // then EligibilityAssessed follows, with both levels met
        var record = KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC, r -> subjectOf(submitted).equals(r.key()), Duration.ofSeconds(60));
        assertThat(record).isPresent();
        var assessed = new EventCodec().read(record.get().value(), EligibilityEvents.ASSESSED).payload();
        assertThat(assessed.levelsMet()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
        assertThat(assessed.ruleSet()).isEqualTo("2022/v1");

        // and the reviewer of 甘井子区 reads it, the one of 金州区 does not find it
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.levels[?(@.level == 'CITY')].met").isEqualTo(List.of(true));
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/eligibility/assessments?limit=100").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.applicationId == '" + submitted.applicationId() + "')]").exists()
                .jsonPath("$.items[?(@.district != '210211')]").doesNotExist();
        http.get().uri("/api/eligibility/assessments?limit=100").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.applicationId == '" + submitted.applicationId() + "')]").doesNotExist();
    }

    @Test
    void aSubmissionWithItsRosterIsAssessedOnTheRostersCountsAndThePublishedOutcomeSaysWhereTheDeclarationIsNotSupported() {
        // given 大连金港人力资源服务有限公司 submits (ApplicationSubmitted 1.2) with its roster, which counts fewer people
        // trained and employed than it declared, and 3 workers another application counts too
        ApplicationSubmitted submitted = Applications.withRoster(newPayload(), Applications.jingangRoster(3));
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));

        // then EligibilityAssessed 1.1 follows, assessed on the roster: both levels met by the counted figures
        var record = KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC, r -> subjectOf(submitted).equals(r.key()), Duration.ofSeconds(60));
        assertThat(record).isPresent();
        var envelope = new EventCodec().read(record.get().value(), EligibilityEvents.ASSESSED);
        assertThat(envelope.schemaVersion()).hasToString("1.1");
        var assessed = envelope.payload();
        assertThat(assessed.basis()).isEqualTo("ROSTER");
        assertThat(assessed.levelsMet()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
        var trained2022 = assessed.levels().stream().filter(level -> level.level() == BrandLevel.CITY).findFirst().orElseThrow()
                .criteria().stream().filter(c -> c.criterion().equals("TRAINED_COUNT") && Integer.valueOf(2022).equals(c.year()))
                .findFirst().orElseThrow();
        assertThat(trained2022.declared()).isEqualTo("1280 人");
        assertThat(trained2022.counted()).isEqualTo("1261 人");
        assertThat(trained2022.supported()).isFalse();
        assertThat(trained2022.explanation())
                .isEqualTo("2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持；按花名册 1261 人计，达到市级标准（≥ 1000 人）。");
        assertThat(assessed.riskFlags()).extracting(EligibilityAssessed.RiskFlag::code).containsExactly("DECLARATION_NOT_SUPPORTED",
                "DECLARATION_NOT_SUPPORTED", "DECLARATION_NOT_SUPPORTED", "DECLARATION_NOT_SUPPORTED", "SHARED_WORKERS");
        assertThat(assessed.riskFlags()).noneMatch(EligibilityAssessed.RiskFlag::blocking);

        // and the district's reviewer reads the same through the API
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.basis").isEqualTo("ROSTER")
                .jsonPath("$.levels[?(@.level == 'CITY')].criteria[?(@.criterion == 'TRAINED_COUNT' && @.year == 2022)].counted")
                .isEqualTo(List.of("1261 人"))
                .jsonPath("$.levels[?(@.level == 'CITY')].criteria[?(@.criterion == 'TRAINED_COUNT' && @.year == 2022)].supported")
                .isEqualTo(List.of(false))
                .jsonPath("$.levels[?(@.level == 'CITY')].criteria[?(@.criterion == 'TRAINING_PASS_RATE' && @.year == 2021)].counted")
                .isEqualTo(List.of("86.5%"))
                .jsonPath("$.riskFlags[?(@.code == 'SHARED_WORKERS')].description")
                .isEqualTo(List.of("花名册中有 3 名务工人员同时被其他申报或已认定品牌计入，请核实。"));
    }

    @Test
    void anApplicationSubmittedAtVersion11WithoutARosterIsStillAssessedOnItsDeclaredFiguresAndTheMissingRosterFlagged() {
        // given an application submitted before ApplicationSubmitted 1.2: no roster field at all
        ApplicationSubmitted submitted = newPayload();
        String message = Applications.messageAtVersion11(submitted);
        assertThat(message).contains("\"schemaVersion\":\"1.1\"").doesNotContain("roster");
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), message);

        // then it is assessed as before, on its declared figures, nothing counted, and the reviewer told why
        var record = KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC, r -> subjectOf(submitted).equals(r.key()), Duration.ofSeconds(60));
        assertThat(record).isPresent();
        var assessed = new EventCodec().read(record.get().value(), EligibilityEvents.ASSESSED).payload();
        assertThat(assessed.basis()).isEqualTo("DECLARED");
        assertThat(assessed.levelsMet()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
        assertThat(assessed.levels()).flatExtracting(EligibilityAssessed.LevelResult::criteria).allSatisfy(criterion -> {
            assertThat(criterion.counted()).isNull();
            assertThat(criterion.supported()).isNull();
        });
        assertThat(assessed.riskFlags()).extracting(EligibilityAssessed.RiskFlag::code).containsExactly("ROSTER_MISSING");
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.basis").isEqualTo("DECLARED");
    }

    @Test
    void anAssessmentStoredBeforeVersion11SaysItWasMeasuredOnTheDeclaredFigures() throws Exception {
        // given an assessment stored as EligibilityAssessed 1.0 published it: no basis, nothing counted
        UUID applicationId = UUID.randomUUID();
        ObjectNode published = (ObjectNode) JSON.valueToTree(SampleEvents.eligibilityAssessed(applicationId, false));
        published.remove("basis");
        published.findParents("counted").forEach(criterion -> ((ObjectNode) criterion).remove(List.of("counted", "supported")));
        jdbc.sql("""
                INSERT INTO assessment (application_id, campaign, org_id, district, rule_set, levels_met, result, assessed_at, round)
                VALUES (:id, '2022', '912102440580649631', '210211', '2022/v1', 'DISTRICT', CAST(:result AS jsonb), now(), 0)
                """).param("id", applicationId).param("result", JSON.writeValueAsString(published)).update();

        // when V6 runs over it
        jdbc.sql(new ClassPathResource("db/migration/V6__assessment_basis.sql").getContentAsString(StandardCharsets.UTF_8)).update();

        // then its reviewer reads that it was measured on the declared figures, and still nothing counted
        http.get().uri("/api/eligibility/assessments/" + applicationId)
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.basis").isEqualTo("DECLARED")
                .jsonPath("$.levels[0].criteria[0].counted").doesNotExist()
                .jsonPath("$.levels[0].criteria[0].explanation").isEqualTo("2021 年培训人数 1120 人，达到区级标准（≥ 500 人）。");
    }

    @Test
    void anApplicationOfACampaignNotYetPublishedWaitsInTheDeadLetterTopicRatherThanBeingAssessedAgainstNoYears() {
        // given a campaign whose thresholds are here, but whose CampaignPublished has not arrived
        jdbc.sql("INSERT INTO campaign (code) VALUES ('2033') ON CONFLICT DO NOTHING").update();
        jdbc.sql("""
                INSERT INTO criterion_threshold (campaign, criterion, level, comparison, threshold)
                SELECT '2033', criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = '2022'
                ON CONFLICT DO NOTHING
                """).update();

        // when 大连金港人力资源服务有限公司 submits an application of that campaign
        ApplicationSubmitted submitted = Applications.inCampaign(newPayload(), "2033");
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));

        // then, after its retries, it waits in the dead-letter topic (for the campaign and a replay) saying why, unassessed
        var dead = KafkaProbe.find(deadLetterTopic(), r -> subjectOf(submitted).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("campaign 2033").contains("CampaignPublished");
        assertThat(effectsOf(submitted)).isZero();
    }

    @Test
    void anApplicationOfACampaignWithoutThresholdsGoesToTheDeadLetterTopicRatherThanBeingAssessedAgainstNoBar() {
        // given a campaign application-service published, for which no threshold has been set here
        CampaignPublished withoutThresholds = new CampaignPublished("2034", "2034年度劳务品牌申报认定", "大就办发〔2034〕1号", List.of(2032, 2033),
                LocalDate.of(2034, 11, 1), LocalDate.of(2034, 11, 22), LocalDate.of(2034, 12, 2), 5, 0);
        PublishedCampaigns.ensureKnown(jdbc, withoutThresholds);

        // when an application of it is submitted
        ApplicationSubmitted submitted = Applications.inCampaign(newPayload(), "2034");
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));

        // then it is refused as malformed, and not assessed
        var dead = KafkaProbe.find(deadLetterTopic(), r -> subjectOf(submitted).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("campaign 2034, which has no criteria here");
        assertThat(effectsOf(submitted)).isZero();
    }

    @Test
    void aRosterCountingMorePassedThanTrainedGoesToTheDeadLetterTopicRatherThanBeingAssessed() {
        // given a roster whose 2022 counts cannot be: 1300 passed of 1261 trained
        var impossible = Applications.jingangRoster(0);
        impossible = new ApplicationSubmitted.RosterSummary(impossible.rosterId(), impossible.sha256(), impossible.rows(),
                List.of(impossible.years().get(0), new ApplicationSubmitted.RosterYear(2022, 1290, 1261, 1300, 1180, 772, 14, 15, 3)), 0);
        ApplicationSubmitted submitted = Applications.withRoster(newPayload(), impossible);

        // when it is submitted
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));

        // then it is refused as malformed, saying why, and not assessed
        var dead = KafkaProbe.find(deadLetterTopic(), r -> subjectOf(submitted).equals(r.key()), PROCESSING);
        assertThat(dead).isPresent();
        assertThat(KafkaProbe.header(dead.get(), "kafka_dlt-exception-message")).contains("1300 passed of 1261 trained");
        assertThat(effectsOf(submitted)).isZero();
    }

    private String deadLetterTopic() {
        return "laborbrand." + group + ".dlt";
    }

    @Override
    public EventDefinition<ApplicationSubmitted> consumedEvent() {
        return ApplicationEvents.SUBMITTED;
    }

    @Override
    public long effectsOf(ApplicationSubmitted payload) {
        return jdbc.sql("SELECT count(*) FROM assessment WHERE application_id = :id").param("id", payload.applicationId())
                .query(Long.class).single();
    }

    @Override
    public EventDefinition<?> publishedEvent() {
        return EligibilityEvents.ASSESSED;
    }

    @Override
    public String changeStateAndCommit() {
        ApplicationSubmitted submitted = newPayload();
        assessments.assess(submitted);
        return subjectOf(submitted);
    }

    @Override
    public void changeStateThenRollBack() {
        transaction.executeWithoutResult(status -> {
            assessments.assess(newPayload());
            throw new IllegalStateException("the assessment could not be stored to the end");
        });
    }
}
