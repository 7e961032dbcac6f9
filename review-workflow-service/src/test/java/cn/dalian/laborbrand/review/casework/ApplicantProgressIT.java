package cn.dalian.laborbrand.review.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class ApplicantProgressIT {

    private static final String JINGANG_HR = "912102440580649631";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    UUID applicationId;

    @BeforeEach
    void givenApplicantAsApplicationSelectedByItsDistrict() {
        jdbc.sql("TRUNCATE public_notice, case_transition, review_case CASCADE").update();
        applicationId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_case (id, application_id, campaign, org_id, unit_name, district, brand_name, requested_levels, stage, opened_at, version)
                VALUES (:id, :applicationId, '2022', :orgId, '大连金港人力资源服务有限公司', '210211', '大连甘井子金港家政服务师劳务品牌',
                        'DISTRICT,CITY', 'PUBLICITY', :openedAt, 1)
                """)
                .param("id", caseId).param("applicationId", applicationId).param("orgId", JINGANG_HR)
                .param("openedAt", Timestamp.from(Instant.parse("2022-11-21T01:00:00Z"))).update();
        jdbc.sql("""
                INSERT INTO case_transition (case_id, from_stage, to_stage, action, actor, at, comment)
                VALUES (:caseId, 'DISTRICT_REVIEW', 'PUBLICITY', 'DISTRICT_SELECTED', 'reviewer-ganjingzi', :at, '材料齐全，实地查验属实，推荐申报市级。')
                """)
                .param("caseId", caseId).param("at", Timestamp.from(Instant.parse("2022-11-22T02:00:00Z"))).update();
    }

    @Test
    void theApplicantUnitReadsTheStageAndEveryStepWithTheReviewersComments() {
        http.get().uri("/api/reviews/applications/{id}/progress", applicationId).headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.stage").isEqualTo("PUBLICITY")
                .jsonPath("$.stageLabel").isEqualTo("公示")
                .jsonPath("$.history.length()").isEqualTo(1)
                .jsonPath("$.history[0].action").isEqualTo("DISTRICT_SELECTED")
                .jsonPath("$.history[0].comment").isEqualTo("材料齐全，实地查验属实，推荐申报市级。");
    }

    @Test
    void anotherUnitLearnsNothingAboutTheApplication() {
        http.get().uri("/api/reviews/applications/{id}/progress", applicationId).headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void anApplicationWhoseCaseIsNotOpenYetIsNotFoundRatherThanAnError() {
        http.get().uri("/api/reviews/applications/{id}/progress", UUID.randomUUID()).headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void staffUseTheirQueuesNotTheApplicantsView() {
        http.get().uri("/api/reviews/applications/{id}/progress", applicationId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isForbidden();
    }
}
