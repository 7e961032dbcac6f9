package cn.dalian.laborbrand.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.evidence.EvidenceService;
import cn.dalian.laborbrand.application.evidence.Materials;
import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.ApplicationRejected;
import cn.dalian.laborbrand.contracts.review.DistrictDecisionMade;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The district asks for a supplement (through Kafka, as review-workflow-service does); the unit changes only the
 * reopened parts and resubmits, which publishes ApplicationResubmitted; or it withdraws, until the district decides.
 */
@PlatformIntegrationTest
class SupplementIT {

    private static final UUID CASE = UUID.fromString("7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081");

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceService evidence;

    @Test
    void aSupplementReopensTheNamedPartsOnlyAndTheResubmissionIsPublished() {
        // given 金港's application, submitted
        UUID id = submitted();

        // when the 甘井子 bureau asks for the yearly figures again, due in 3 working days
        requestSupplement(id, Set.of(ApplicationPart.DECLARED_YEARS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED"));
        var reopened = read(id);
        assertThat(reopened.supplement().parts()).containsExactly(ApplicationPart.DECLARED_YEARS);
        assertThat(reopened.supplement().dueOn()).isEqualTo(LocalDate.of(2022, 11, 23));

        // then a change of the brand name is refused, and nothing is written
        http.put().uri("/api/applications/" + id).headers(Tokens.as(TestUser.APPLICANT_A))
                .header(HttpHeaders.IF_MATCH, "\"" + reopened.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE.replace("大连甘井子金港家政服务师劳务品牌", "大连甘井子金港育婴师劳务品牌"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PART_NOT_REOPENED")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("品牌名称"));
        assertThat(jdbc.sql("SELECT brand_name FROM application WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("大连甘井子金港家政服务师劳务品牌");

        // and a correction of 2022's pass rate is taken, and resubmitted
        http.put().uri("/api/applications/" + id).headers(Tokens.as(TestUser.APPLICANT_A))
                .header(HttpHeaders.IF_MATCH, "\"" + reopened.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE.replace("\"trainingPassRatePercent\": 88.2", "\"trainingPassRatePercent\": 84.1"))
                .exchange()
                .expectStatus().isOk();
        http.post().uri("/api/applications/" + id + "/resubmit").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.resubmissionRound").isEqualTo(1);

        var record = KafkaProbe.find(ApplicationEvents.RESUBMITTED_TOPIC, r -> id.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(record).isPresent();
        var resubmitted = new EventCodec().read(record.get().value(), ApplicationEvents.RESUBMITTED).payload();
        assertThat(resubmitted.round()).isEqualTo(1);
        assertThat(resubmitted.reopenedParts()).containsExactly(ApplicationPart.DECLARED_YEARS);
        assertThat(resubmitted.application().declaredYears().get(1).trainingPassRatePercent()).isEqualByComparingTo("84.1");
    }

    @Test
    void theUnitWithdrawsBeforeTheDistrictDecidesButNotAfter() {
        UUID withdrawn = submitted();
        http.post().uri("/api/applications/" + withdrawn + "/withdraw").headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"品牌名称需重新论证，本年度暂不申报。\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        assertThat(KafkaProbe.find(ApplicationEvents.WITHDRAWN_TOPIC, r -> withdrawn.toString().equals(r.key()), Duration.ofSeconds(30)))
                .isPresent();

        // given another application the district has decided on
        UUID decided = submitted();
        KafkaProbe.send(ReviewEvents.DISTRICT_DECISION_MADE_TOPIC, CASE.toString(), SampleEvents.message(ReviewEvents.DISTRICT_DECISION_MADE,
                new DistrictDecisionMade(CASE, decided, TestUser.APPLICANT_A.orgId(), "210211", "大连甘井子金港家政服务师劳务品牌", true, false,
                        "材料齐全，实地查验属实。", "reviewer-ganjingzi", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(decided)).isEqualTo("DECIDED"));

        http.post().uri("/api/applications/" + decided + "/withdraw").headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"不再申报\"}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_WITHDRAWABLE");
    }

    @Test
    void aRejectionAtAnyStageShowsOnTheApplicationWithItsReasonAndALateDecisionDoesNotUndoIt() {
        // given a submitted application the city bureau rejects at its re-review
        UUID rejected = submitted();
        KafkaProbe.send(ReviewEvents.APPLICATION_REJECTED_TOPIC, CASE.toString(), SampleEvents.message(ReviewEvents.APPLICATION_REJECTED,
                new ApplicationRejected(CASE, rejected, "2026", TestUser.APPLICANT_A.orgId(), "大连金港人力资源服务有限公司", "210211",
                        "大连甘井子金港家政服务师劳务品牌", "CITY_REVIEW", "复审发现 2022 年度培训台账与花名册人数不符，不予通过。", "reviewer-city",
                        Instant.parse("2022-11-30T03:00:00Z"))));

        // then the unit reads the reason on its application
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(rejected)).isEqualTo("REJECTED"));
        ApplicationView view = read(rejected);
        assertThat(view.rejection().stage()).isEqualTo("CITY_REVIEW");
        assertThat(view.rejection().reason()).isEqualTo("复审发现 2022 年度培训台账与花名册人数不符，不予通过。");
        assertThat(view.rejection().rejectedAt()).isEqualTo(Instant.parse("2022-11-30T03:00:00Z"));

        // and the district's decision arriving late (another topic) leaves it rejected
        KafkaProbe.send(ReviewEvents.DISTRICT_DECISION_MADE_TOPIC, CASE.toString(), SampleEvents.message(ReviewEvents.DISTRICT_DECISION_MADE,
                new DistrictDecisionMade(CASE, rejected, TestUser.APPLICANT_A.orgId(), "210211", "大连甘井子金港家政服务师劳务品牌", true, false,
                        "材料齐全，实地查验属实。", "reviewer-ganjingzi", Instant.now())));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(rejected)).isEqualTo("REJECTED"));
    }

    private UUID submitted() {
        var created = http.post().uri("/api/applications").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(ApplicationView.class).returnResult().getResponseBody();
        Materials.provideMandatory(http, evidence, TestUser.APPLICANT_A, created.id());
        http.post().uri("/api/applications/" + created.id() + "/submit").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk();
        return created.id();
    }

    private void requestSupplement(UUID id, Set<ApplicationPart> parts) {
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, CASE.toString(), SampleEvents.message(ReviewEvents.SUPPLEMENT_REQUESTED,
                new SupplementRequested(CASE, id, TestUser.APPLICANT_A.orgId(), "210211", parts, "2022 年度培训合格率与培训台账不一致，请核实后重新填写。",
                        LocalDate.of(2022, 11, 23), 3, "reviewer-ganjingzi", Instant.now())));
    }

    private ApplicationView read(UUID id) {
        return http.get().uri("/api/applications/" + id).headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectBody(ApplicationView.class).returnResult().getResponseBody();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class).single();
    }
}
