package cn.dalian.laborbrand.review.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class CaseQueueIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RestTestClient http;

    UUID ganjingziInReview;
    UUID jinzhouInReview;
    UUID ganjingziForwarded;

    @BeforeEach
    void givenCasesOfTwoDistricts() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        jdbc.sql("TRUNCATE public_notice, case_transition, review_case").update();
        ganjingziInReview = insertCase("210211", "大连甘井子金港家政服务师劳务品牌", "DISTRICT_REVIEW");
        jinzhouInReview = insertCase("210213", "大连金州海湾焊工劳务品牌", "DISTRICT_REVIEW");
        ganjingziForwarded = insertCase("210211", "大连甘井子渔港冷链装卸工劳务品牌", "CITY_REVIEW");
    }

    @Test
    void aDistrictReviewerSeesOnlyTheirOwnDistrictsCases() {
        http.get().uri("/api/reviews/cases")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.id == '" + ganjingziInReview + "')].stageLabel").isEqualTo("区级初审")
                .jsonPath("$[?(@.id == '" + ganjingziForwarded + "')]").exists()
                .jsonPath("$[?(@.id == '" + jinzhouInReview + "')]").doesNotExist();
    }

    @Test
    void theCityReviewerSeesOnlyForwardedCases() {
        http.get().uri("/api/reviews/cases")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(ganjingziForwarded.toString());
    }

    @Test
    void aDistrictReviewerCanFilterTheirQueueByStage() {
        http.get().uri("/api/reviews/cases?stage=DISTRICT_REVIEW")
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(jinzhouInReview.toString());
    }

    private UUID insertCase(String district, String brandName, String stage) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_case (id, application_id, campaign, org_id, district, brand_name, requested_levels, stage, opened_at, version)
                VALUES (:id, :applicationId, '2022', '912102440580649631', :district, :brandName, 'DISTRICT', :stage, :openedAt, 0)
                """)
                .param("id", id).param("applicationId", UUID.randomUUID()).param("district", district)
                .param("brandName", brandName).param("stage", stage).param("openedAt", Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}
