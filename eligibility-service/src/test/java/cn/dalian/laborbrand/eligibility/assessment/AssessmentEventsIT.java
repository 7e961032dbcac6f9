package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
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

    @LocalServerPort
    int port;

    @Test
    void aSubmittedApplicationIsAssessedAndTheOutcomePublishedAndReadableByItsDistrict() {
        // given 大连金港人力资源服务有限公司 submits an application for both levels
        ApplicationSubmitted submitted = newPayload();
        KafkaProbe.send(ApplicationEvents.SUBMITTED_TOPIC, subjectOf(submitted),
                new EventCodec().write(new cn.dalian.laborbrand.contracts.envelope.EventEnvelope<>(UUID.randomUUID(),
                        "ApplicationSubmitted", 1, Instant.now(), "application-service", subjectOf(submitted), "it-0001", submitted)));

        // then EligibilityAssessed follows, with both levels met
        var record = KafkaProbe.find(EligibilityEvents.ASSESSED_TOPIC, r -> subjectOf(submitted).equals(r.key()), Duration.ofSeconds(60));
        assertThat(record).isPresent();
        var assessed = new EventCodec().read(record.get().value(), EligibilityEvents.ASSESSED).payload();
        assertThat(assessed.levelsMet()).containsExactlyInAnyOrder(BrandLevel.DISTRICT, BrandLevel.CITY);
        assertThat(assessed.ruleSet()).isEqualTo("2022/v1");

        // and the reviewer of 甘井子区 reads it, the one of 金州区 does not find it
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.levels[?(@.level == 'CITY')].met").isEqualTo(List.of(true));
        http.get().uri("/api/eligibility/assessments/" + submitted.applicationId())
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Override
    public EventDefinition<ApplicationSubmitted> consumedEvent() {
        return ApplicationEvents.SUBMITTED;
    }

    @Override
    public ApplicationSubmitted newPayload() {
        return SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
    }

    @Override
    public String subjectOf(ApplicationSubmitted payload) {
        return payload.applicationId().toString();
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
