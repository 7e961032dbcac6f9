package cn.dalian.laborbrand.registry.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The quarterly call-backs and training inspections of a 甘井子区 brand, on a real PostgreSQL, with application-service's
 * roster played by {@link FakeApplicationServiceRoster} (55 counted workers; a sample of 20 % → 11 calls).
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "laborbrand.registry.callbacks.sample-share=0.2")
class CallbacksIT {

    private static final Instant TODAY = Instant.parse("2026-11-16T02:00:00Z");
    /** Certificate numbers of the brands put in directly, beyond what the sequence reaches while the other tests register brands. */
    private static final AtomicInteger CERTIFICATES = new AtomicInteger(5000);

    @TestConfiguration
    static class ApplicationServiceDouble {

        @Bean
        @Primary
        FakeApplicationServiceRoster fakeApplicationServiceRoster() {
            return new FakeApplicationServiceRoster();
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    FakeApplicationServiceRoster applicationService;

    private UUID brand;
    private UUID applicationId;

    @BeforeEach
    void givenAGanjingziBrandCertifiedIn2022() {
        PlatformTestInfrastructure.clock().setTo(TODAY);
        applicationService.answering = true;
        applicationService.disclosures.clear();
        brand = UUID.randomUUID();
        applicationId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, '912102440580649631', '大连金港人力资源服务有限公司', '210211',
                        '大连金港家政服务师劳务品牌', 'CITY', 'ACTIVE', :certifiedOn, :registeredAt, 0)
                """)
                .param("id", brand).param("certificate", "DL-LB-2022-CITY-" + CERTIFICATES.incrementAndGet())
                .param("applicationId", applicationId).param("certifiedOn", LocalDate.of(2022, 12, 20))
                .param("registeredAt", Timestamp.from(Instant.parse("2022-12-20T08:00:00Z")))
                .update();
    }

    @AfterEach
    void removeTheBrandAndItsSupervision() {
        PlatformTestInfrastructure.clock().reset();
        jdbc.sql("DELETE FROM callback_reveal WHERE sample_id IN (SELECT id FROM callback_sample WHERE brand_id = :id)").param("id", brand).update();
        jdbc.sql("DELETE FROM callback_call WHERE sample_id IN (SELECT id FROM callback_sample WHERE brand_id = :id)").param("id", brand).update();
        jdbc.sql("DELETE FROM callback_sample WHERE brand_id = :id").param("id", brand).update();
        jdbc.sql("DELETE FROM training_inspection WHERE brand_id = :id").param("id", brand).update();
        jdbc.sql("DELETE FROM brand WHERE id = :id").param("id", brand).update();
    }

    @Test
    void theDistrictDrawsTheQuarterOnceStratifiedOverTheCountedWorkersAndMasked() {
        Map<String, Object> drawn = draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);

        assertThat(drawn).containsEntry("seed", brand + "/2026-Q4").containsEntry("size", 11).containsEntry("rosterSize", 55)
                .containsEntry("sampleMaximum", 30).containsEntry("drawnBy", "reviewer-ganjingzi");
        List<Map<String, Object>> calls = calls(drawn);
        assertThat(calls).hasSize(11);
        assertThat(calls).extracting(call -> call.get("position")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(calls).allSatisfy(call -> {
            assertThat((String) call.get("maskedPhone")).matches("139\\*{4}\\d{4}");
            assertThat((String) call.get("maskedName")).matches(".\\*\\*");
            assertThat((int) call.get("rosterLine")).isBetween(2, 56); // the 5 managers (lines 57–61) are not counted
        });
        // every stratum (year, employer) is called: 2021 港集团, 2022 香格里拉, 2022 without an employer
        assertThat(calls).extracting(call -> call.get("year") + " " + call.get("employer")).contains("2021 " + FakeApplicationServiceRoster.PORT,
                "2022 " + FakeApplicationServiceRoster.HOTEL, "2022 " + CallbackService.NO_EMPLOYER);
        assertThat(summaryOf(drawn)).containsEntry("sampled", 11).containsEntry("pending", 11);

        // asked again: the same sample, not a second one
        Map<String, Object> again = draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 200);
        assertThat(lines(again)).isEqualTo(lines(drawn));
        assertThat(jdbc.sql("SELECT count(*) FROM callback_sample WHERE brand_id = :id").param("id", brand).query(Integer.class).single())
                .isEqualTo(1);

        // redrawn from scratch, the same roster gives the same sample
        jdbc.sql("DELETE FROM callback_call WHERE sample_id IN (SELECT id FROM callback_sample WHERE brand_id = :id)").param("id", brand).update();
        jdbc.sql("DELETE FROM callback_sample WHERE brand_id = :id").param("id", brand).update();
        assertThat(lines(draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201))).isEqualTo(lines(drawn));
        // another quarter, another draw
        assertThat(lines(draw("2026-Q3", TestUser.REVIEWER_GANJINGZI, 201))).isNotEqualTo(lines(drawn));
    }

    @Test
    void nothingInFullIsStored() {
        draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);
        reveal("2026-Q4", 1, "第四季度电话回访，核实就业情况", TestUser.REVIEWER_GANJINGZI).expectStatus().isOk();

        List<String> stored = jdbc.sql("""
                SELECT c.masked_name || ' ' || c.masked_phone || ' ' || coalesce(c.note, '') FROM callback_call c
                JOIN callback_sample s ON s.id = c.sample_id WHERE s.brand_id = :id
                """).param("id", brand).query(String.class).list();
        assertThat(stored).hasSize(11).noneMatch(row -> row.matches(".*1390411\\d{4}.*") || row.contains("建华"));
    }

    @Test
    void aNumberIsRevealedForOneCallWithAReasonAndTheRevealIsRecordedHereAndByApplicationService() {
        Map<String, Object> drawn = draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);
        int line = (int) calls(drawn).get(2).get("rosterLine");

        reveal("2026-Q4", 3, "第四季度电话回访，核实就业情况", TestUser.REVIEWER_GANJINGZI)
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody()
                .jsonPath("$.position").isEqualTo(3)
                .jsonPath("$.phone").isEqualTo(FakeApplicationServiceRoster.fullPhone(line))
                .jsonPath("$.name").isEqualTo(FakeApplicationServiceRoster.fullName(line))
                .jsonPath("$.idNumber").doesNotExist();

        assertThat(applicationService.disclosures).containsExactly(
                new FakeApplicationServiceRoster.Disclosed(applicationId, line, "第四季度电话回访，核实就业情况"));
        Map<String, Object> audit = jdbc.sql("""
                SELECT r.position, r.revealed_by, r.role, r.reason FROM callback_reveal r
                JOIN callback_sample s ON s.id = r.sample_id WHERE s.brand_id = :id
                """).param("id", brand).query().singleRow();
        assertThat(audit).containsEntry("position", 3).containsEntry("revealed_by", "reviewer-ganjingzi")
                .containsEntry("role", "DISTRICT_REVIEWER").containsEntry("reason", "第四季度电话回访，核实就业情况");
        // the call list stays masked, and says the number was looked at
        Map<String, Object> call = calls(callList("2026-Q4", TestUser.REVIEWER_GANJINGZI)).get(2);
        assertThat(call).containsEntry("reveals", 1);
        assertThat((String) call.get("maskedPhone")).contains("****");
    }

    @Test
    void aRevealNeedsAReasonAndTheDistrictsReviewer() {
        draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);

        reveal("2026-Q4", 1, " ", TestUser.REVIEWER_GANJINGZI).expectStatus().isBadRequest();
        reveal("2026-Q4", 1, "第四季度电话回访", TestUser.CITY_REVIEWER).expectStatus().isForbidden();
        reveal("2026-Q4", 1, "第四季度电话回访", TestUser.REVIEWER_JINZHOU).expectStatus().isNotFound();
        reveal("2026-Q4", 12, "第四季度电话回访", TestUser.REVIEWER_GANJINGZI).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("本季度回访名单中没有该序号。");

        assertThat(applicationService.disclosures).isEmpty();
        assertThat(reveals()).isZero();
    }

    @Test
    void whenApplicationServiceDoesNotAnswerTheDrawAndTheRevealAre503AndNothingIsKept() {
        applicationService.answering = false;
        http.post().uri("/api/brands/{id}/callbacks/2026-Q4", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("申报服务暂时不可用，无法读取该品牌的务工人员花名册，请稍后再试。");
        assertThat(jdbc.sql("SELECT count(*) FROM callback_sample WHERE brand_id = :id").param("id", brand).query(Integer.class).single()).isZero();

        applicationService.answering = true;
        draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);
        applicationService.answering = false;
        reveal("2026-Q4", 1, "第四季度电话回访", TestUser.REVIEWER_GANJINGZI).expectStatus().isEqualTo(503);
        assertThat(reveals()).isZero();
    }

    @Test
    void outcomesAreRecordedPerCallAndSummarisedPerQuarter() {
        draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);
        draw("2026-Q3", TestUser.REVIEWER_GANJINGZI, 201);

        outcome("2026-Q4", 1, Map.of("reach", "REACHED", "employment", "CONFIRMED", "complaint", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.reachLabel").isEqualTo("已接通").jsonPath("$.employmentLabel").isEqualTo("确认就业")
                .jsonPath("$.calledBy").isEqualTo("reviewer-ganjingzi");
        outcome("2026-Q4", 2, Map.of("reach", "REACHED", "employment", "NOT_CONFIRMED", "complaint", true, "note", "反映工资拖欠，已转劳动监察"))
                .expectStatus().isOk();
        outcome("2026-Q4", 3, Map.of("reach", "UNREACHABLE", "note", "三次拨打无人接听")).expectStatus().isOk();
        // a correction replaces what was recorded
        outcome("2026-Q4", 4, Map.of("reach", "UNREACHABLE")).expectStatus().isOk();
        outcome("2026-Q4", 4, Map.of("reach", "REACHED", "employment", "CONFIRMED", "complaint", false)).expectStatus().isOk();
        // inconsistent: unreachable yet confirmed
        outcome("2026-Q4", 5, Map.of("reach", "UNREACHABLE", "employment", "CONFIRMED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("OUTCOME_INCONSISTENT");
        outcome("2026-Q4", 5, Map.of("employment", "CONFIRMED")).expectStatus().isBadRequest();

        List<Map<String, Object>> summaries = http.get().uri("/api/brands/{id}/callbacks", brand).headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange().expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).returnResult().getResponseBody();
        assertThat(summaries).extracting(summary -> summary.get("quarter")).containsExactly("2026-Q4", "2026-Q3");
        assertThat(summaries.getFirst()).containsEntry("sampled", 11).containsEntry("pending", 7).containsEntry("reached", 3)
                .containsEntry("unreachable", 1).containsEntry("employmentConfirmed", 2).containsEntry("employmentNotConfirmed", 1)
                .containsEntry("complaints", 1).containsEntry("reachRate", 0.75).containsEntry("confirmationRate", 0.6667)
                .containsEntry("complaintRate", 0.3333);
        assertThat(summaries.get(1)).containsEntry("pending", 11).containsEntry("reachRate", null);
    }

    @Test
    void anotherDistrictSeesNothingAndTheCityReadsButDoesNotCall() {
        draw("2026-Q4", TestUser.REVIEWER_GANJINGZI, 201);

        http.get().uri("/api/brands/{id}/callbacks/2026-Q4", brand).headers(Tokens.as(TestUser.REVIEWER_JINZHOU)).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/brands/{id}/callbacks/2026-Q3", brand).headers(Tokens.as(TestUser.REVIEWER_JINZHOU)).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/brands/{id}/callbacks", brand).headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isForbidden();
        assertThat(calls(callList("2026-Q4", TestUser.CITY_REVIEWER))).hasSize(11);
        http.post().uri("/api/brands/{id}/callbacks/2026-Q3", brand).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aQuarterMalformedStillToComeOrBeforeTheCertificationIsRefused() {
        for (String quarter : List.of("2026-Q5", "2026Q4", "第四季度")) {
            http.post().uri("/api/brands/{id}/callbacks/{quarter}", brand, quarter).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                    .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("QUARTER_MALFORMED");
        }
        http.post().uri("/api/brands/{id}/callbacks/2027-Q1", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.detail").isEqualTo("该季度尚未开始，不能抽取回访样本。");
        http.post().uri("/api/brands/{id}/callbacks/2022-Q3", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("QUARTER_BEFORE_CERTIFICATION");
        http.get().uri("/api/brands/{id}/callbacks/2026-Q2", brand).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("SAMPLE_NOT_DRAWN");
        assertThat(applicationService.disclosures).isEmpty();
    }

    @Test
    void theDistrictRecordsTrainingInspectionsAndTheCityReadsThem() {
        Map<String, Object> inspection = new HashMap<>(Map.of("inspectedOn", "2026-11-10", "place", "甘井子区华北路 188 号金港培训基地",
                "inspectors", List.of("赵敏", "钱卫东"), "itemsChecked", List.of("培训计划与课时记录", "师资资质", "结业考核"),
                "findings", "课时记录完整，实操设备老化。", "rating", "BASICALLY_QUALIFIED"));
        inspect(inspection, TestUser.REVIEWER_GANJINGZI).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("FOLLOW_UP_MISSING");
        inspection.put("followUp", "30 日内更新实操设备，12 月复查。");
        inspect(inspection, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated()
                .expectBody().jsonPath("$.ratingLabel").isEqualTo("基本合格").jsonPath("$.recordedBy").isEqualTo("reviewer-ganjingzi");
        inspect(inspection, TestUser.REVIEWER_JINZHOU).expectStatus().isNotFound();
        inspect(inspection, TestUser.CITY_REVIEWER).expectStatus().isForbidden();
        inspection.put("inspectors", List.of());
        inspect(inspection, TestUser.REVIEWER_GANJINGZI).expectStatus().isBadRequest();

        http.get().uri("/api/brands/{id}/training-inspections", brand).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].inspectors[1]").isEqualTo("钱卫东")
                .jsonPath("$[0].itemsChecked.length()").isEqualTo(3)
                .jsonPath("$[0].followUp").isEqualTo("30 日内更新实操设备，12 月复查。");
    }

    private RestTestClient.ResponseSpec inspect(Map<String, Object> body, TestUser user) {
        return http.post().uri("/api/brands/{id}/training-inspections", brand).headers(Tokens.as(user)).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    private Map<String, Object> draw(String quarter, TestUser user, int status) {
        return http.post().uri("/api/brands/{id}/callbacks/{quarter}", brand, quarter).headers(Tokens.as(user)).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private Map<String, Object> callList(String quarter, TestUser user) {
        return http.get().uri("/api/brands/{id}/callbacks/{quarter}", brand, quarter).headers(Tokens.as(user)).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec reveal(String quarter, int position, String reason, TestUser user) {
        return http.post().uri("/api/brands/{id}/callbacks/{quarter}/calls/{position}/reveal", brand, quarter, position).headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", reason)).exchange();
    }

    private RestTestClient.ResponseSpec outcome(String quarter, int position, Map<String, Object> body) {
        return http.put().uri("/api/brands/{id}/callbacks/{quarter}/calls/{position}/outcome", brand, quarter, position)
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private int reveals() {
        return jdbc.sql("SELECT count(*) FROM callback_reveal r JOIN callback_sample s ON s.id = r.sample_id WHERE s.brand_id = :id")
                .param("id", brand).query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> calls(Map<String, Object> callList) {
        return (List<Map<String, Object>>) callList.get("calls");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summaryOf(Map<String, Object> callList) {
        return (Map<String, Object>) callList.get("summary");
    }

    private static List<Object> lines(Map<String, Object> callList) {
        return calls(callList).stream().map(call -> call.get("rosterLine")).toList();
    }
}
