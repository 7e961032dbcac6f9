package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.eligibility.Deliveries;
import cn.dalian.laborbrand.eligibility.PublishedCampaigns;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** After a district's supplement request the unit resubmits; eligibility assesses the application again, once per round. */
@PlatformIntegrationTest
class ReassessmentEventsIT implements InboxContract<ApplicationResubmitted> {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void applicationServiceHasPublishedThe2022Campaign() {
        PublishedCampaigns.ensureKnown(jdbc, PublishedCampaigns.CAMPAIGN_2022);
    }

    @Test
    void aResubmissionWithBetterFiguresIsAssessedAgainAndItsNewOutcomePublishedOnce() {
        // given 大连金港人力资源服务有限公司 applied for both levels having trained 620 people in 2021, short of the city bar,
        // and was assessed at the district level only
        ApplicationSubmitted submitted = Applications.withYears(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY)),
                year(2021, 620), year(2022, 1280));
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, SampleEvents.subjectOf(submitted), SampleEvents.message(ApplicationEvents.SUBMITTED, submitted));
        assertThat(KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC, r -> assessmentOf(r, submitted, Set.of(BrandLevel.DISTRICT)), DELIVERY))
                .as("the first assessment, district level only").isPresent();

        // when, asked by 甘井子区 for a supplement of its declared years, it resubmits them corrected: 1120 people in 2021
        ApplicationResubmitted resubmitted = new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.DECLARED_YEARS),
                Applications.withYears(submitted, year(2021, 1120), year(2022, 1280)));
        KafkaProbe.send(ApplicationEvents.RESUBMITTED_TOPIC, subjectOf(resubmitted), SampleEvents.message(ApplicationEvents.RESUBMITTED, resubmitted));

        // then a second EligibilityAssessed follows, with both levels met
        assertThat(KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC,
                r -> assessmentOf(r, submitted, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY)), DELIVERY))
                .as("the assessment of the resubmission, both levels met").isPresent();
        // and it is the assessment the district's reviewer now reads, of round 1
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.levels[?(@.level == 'CITY')].met").isEqualTo(List.of(true));
        assertThat(storedRound(submitted.applicationId())).isEqualTo(1);

        // when round 1 arrives once more (sent again by its producer, under a new event id)
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.RESUBMITTED, resubmitted);

        // then nothing new is published: two assessments of the application on the topic, no third
        assertThat(KafkaProbe.count(EligibilityEvents.ASSESSED_TOPIC, r -> SampleEvents.subjectOf(submitted).equals(r.key()), Duration.ofSeconds(10), 3))
                .isEqualTo(2);
    }

    @Test
    void anOlderRoundArrivingAfterANewerOneChangesAndPublishesNothing() {
        // given the application was assessed as resubmitted a second time
        ApplicationSubmitted submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        assertThat(assessments.reassess(new ApplicationResubmitted(submitted.applicationId(), 2, Set.of(ApplicationPart.DECLARED_YEARS), submitted)))
                .isPresent();

        // when the first resubmission, with worse figures, is assessed after it
        var late = new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.DECLARED_YEARS),
                Applications.withYears(submitted, year(2021, 620), year(2022, 1280)));

        // then it is not kept, and nothing is published: the second round's outcome stands
        assertThat(assessments.reassess(late)).isEmpty();
        assertThat(storedRound(submitted.applicationId())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT levels_met FROM assessment WHERE application_id = :id").param("id", submitted.applicationId())
                .query(String.class).single()).isEqualTo("CITY,DISTRICT");
    }

    @Test
    void theOriginalSubmissionArrivingAfterItsResubmissionChangesNothing() {
        // given the resubmission (round 1) was assessed first, its submission having been held up
        ApplicationSubmitted submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        assertThat(assessments.reassess(new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.LEVELS), submitted))).isPresent();

        // when the submission (round 0) arrives, then it is not assessed over the resubmission
        assertThat(assessments.assess(submitted)).isEmpty();
        assertThat(storedRound(submitted.applicationId())).isEqualTo(1);
    }

    @Override
    public EventDefinition<ApplicationResubmitted> consumedEvent() {
        return ApplicationEvents.RESUBMITTED;
    }

    /** The first resubmission of a new application, its declared years reopened. */
    @Override
    public ApplicationResubmitted newPayload() {
        ApplicationSubmitted application = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        return new ApplicationResubmitted(application.applicationId(), 1, Set.of(ApplicationPart.DECLARED_YEARS), application);
    }

    @Override
    public long effectsOf(ApplicationResubmitted payload) {
        return jdbc.sql("SELECT count(*) FROM assessment WHERE application_id = :id AND round = :round")
                .param("id", payload.applicationId()).param("round", payload.round()).query(Long.class).single();
    }

    private int storedRound(UUID applicationId) {
        return jdbc.sql("SELECT round FROM assessment WHERE application_id = :id").param("id", applicationId).query(Integer.class).single();
    }

    private static boolean assessmentOf(ConsumerRecord<String, String> record, ApplicationSubmitted submitted, Set<BrandLevel> levelsMet) {
        if (!submitted.applicationId().toString().equals(record.key())) {
            return false;
        }
        EligibilityAssessed assessed = new EventCodec().read(record.value(), EligibilityEvents.ASSESSED).payload();
        return assessed.levelsMet().equals(levelsMet);
    }

    private static ApplicationSubmitted.DeclaredYear year(int year, int trained) {
        return new ApplicationSubmitted.DeclaredYear(year, trained, new BigDecimal("86.5"), 1190, new BigDecimal("62"), 0, 0);
    }
}
