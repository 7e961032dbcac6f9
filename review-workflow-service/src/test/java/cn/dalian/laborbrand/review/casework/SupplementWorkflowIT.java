package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationResubmitted;
import cn.dalian.laborbrand.contracts.application.ApplicationWithdrawn;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * A supplement round trip as review-workflow-service sees it: the district asks (SupplementRequested, due in working
 * days), the unit resubmits (ApplicationResubmitted through Kafka) and the case is back in the same district's queue with
 * its history; a withdrawal (ApplicationWithdrawn) closes a case the district has not decided.
 */
@PlatformIntegrationTest
class SupplementWorkflowIT {

    /** Friday 18 November 2022: three working days later is Wednesday 23 November. */
    private static final Instant NOV_18 = Instant.parse("2022-11-18T01:00:00Z");

    @Autowired
    CaseworkService casework;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void fridayEighteenthOfNovember() {
        PlatformTestInfrastructure.clock().setTo(NOV_18);
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aSupplementIsAskedDueInWorkingDaysAndTheResubmissionReturnsTheCaseToTheSameDistrict() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        UUID caseId = casework.open(submitted).orElseThrow().id();

        // when the 甘井子 bureau asks for the yearly figures again, within 3 working days
        http.post().uri("/api/reviews/cases/" + caseId + "/supplement-request").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"parts": ["DECLARED_YEARS"], "note": "2022 年度培训合格率与培训台账不一致，请核实后重新填写。", "dueWorkingDays": 3}
                        """)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("SUPPLEMENT_REQUESTED");

        // then the unit is told what and by when
        var record = KafkaProbe.find(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, r -> caseId.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(record).isPresent();
        var requested = new EventCodec().read(record.get().value(), ReviewEvents.SUPPLEMENT_REQUESTED).payload();
        assertThat(requested.dueOn()).hasToString("2022-11-23");
        assertThat(requested.applicationId()).isEqualTo(submitted.applicationId());

        // and when the unit resubmits with its figures corrected
        KafkaProbe.send(ApplicationEvents.RESUBMITTED_TOPIC, submitted.applicationId().toString(), SampleEvents.message(
                ApplicationEvents.RESUBMITTED, new ApplicationResubmitted(submitted.applicationId(), 1, Set.of(ApplicationPart.DECLARED_YEARS),
                        submitted)));

        // then the case is back in the 甘井子 queue, its history telling the whole round
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/reviews/cases/" + caseId)
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody().jsonPath("$.stage").isEqualTo("DISTRICT_REVIEW"));
        http.get().uri("/api/reviews/cases/" + caseId + "/history").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody()
                .jsonPath("$[*].action").isEqualTo(List.of("OPENED", "SUPPLEMENT_REQUESTED", "RESUBMITTED"))
                .jsonPath("$[*].actor").isEqualTo(List.of("applicant-a", "reviewer-ganjingzi", "applicant-a"));
    }

    @Test
    void anotherDistrictCannotAskForASupplementAndAnEmptyRequestIsRefusedForItsField() {
        UUID caseId = casework.open(SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT))).orElseThrow().id();

        http.post().uri("/api/reviews/cases/" + caseId + "/supplement-request").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"parts\": [\"DESCRIPTION\"], \"note\": \"请补充品牌建设历程。\", \"dueWorkingDays\": 3}")
                .exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/reviews/cases/" + caseId + "/supplement-request").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"parts\": [], \"note\": \"请补充。\", \"dueWorkingDays\": 3}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parts");
    }

    @Test
    void aWithdrawalClosesTheCase() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT));
        UUID caseId = casework.open(submitted).orElseThrow().id();

        KafkaProbe.send(ApplicationEvents.WITHDRAWN_TOPIC, submitted.applicationId().toString(), SampleEvents.message(ApplicationEvents.WITHDRAWN,
                new ApplicationWithdrawn(submitted.applicationId(), "2022", submitted.orgId(), "210211", "品牌名称需重新论证，本年度暂不申报。",
                        "applicant-a", NOV_18)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/reviews/cases/" + caseId)
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectBody().jsonPath("$.stage").isEqualTo("WITHDRAWN"));
    }
}
