package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
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

/** Eligibility consumes ApplicationSubmitted and publishes EligibilityAssessed. */
@PlatformIntegrationTest
class AssessmentEventsIT implements InboxContract<ApplicationSubmitted>, OutboxContract {

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
