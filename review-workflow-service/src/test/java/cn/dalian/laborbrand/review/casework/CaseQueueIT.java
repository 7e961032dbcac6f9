package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.ListPages;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class CaseQueueIT {

    private static final Instant NOV_22 = Instant.parse("2022-11-22T01:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    UUID ganjingziInReview;
    UUID jinzhouInReview;
    UUID ganjingziForwarded;

    @BeforeEach
    void givenCasesOfTwoDistricts() {
        jdbc.sql("TRUNCATE public_notice, case_transition, review_case CASCADE").update();
        ganjingziInReview = insertCase("210211", "大连甘井子金港家政服务师劳务品牌", "DISTRICT_REVIEW", NOV_22);
        jinzhouInReview = insertCase("210213", "大连金州海湾焊工劳务品牌", "DISTRICT_REVIEW", NOV_22.plusSeconds(1));
        ganjingziForwarded = insertCase("210211", "大连甘井子渔港冷链装卸工劳务品牌", "CITY_REVIEW", NOV_22.plusSeconds(2));
    }

    @Test
    void aDistrictReviewerSeesOnlyTheirOwnDistrictsCases() {
        http.get().uri("/api/reviews/cases").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.next").isEmpty()
                .jsonPath("$.items[?(@.id == '" + ganjingziInReview + "')].stageLabel").isEqualTo(List.of("区级初审"))
                .jsonPath("$.items[?(@.id == '" + ganjingziForwarded + "')]").exists()
                .jsonPath("$.items[?(@.id == '" + jinzhouInReview + "')]").doesNotExist();
    }

    @Test
    void theCityReviewerSeesOnlyForwardedCases() {
        http.get().uri("/api/reviews/cases").headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(ganjingziForwarded.toString());
    }

    @Test
    void aDistrictReviewerCanFilterTheirQueueByStage() {
        http.get().uri("/api/reviews/cases?stage=DISTRICT_REVIEW").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(jinzhouInReview.toString());
    }

    @Test
    void aLongQueueIsWalkedPageByPageOldestFirstWithoutRepeatsOrGaps() {
        // given 45 more cases in 甘井子区, some opened in the same instant (the id keeps their order stable)
        List<UUID> expected = new ArrayList<>(List.of(ganjingziInReview, ganjingziForwarded));
        for (int i = 0; i < 45; i++) {
            expected.add(insertCase("210211", "大连甘井子第" + i + "号劳务品牌", "DISTRICT_REVIEW", NOV_22.plusSeconds(10 + i / 3)));
        }

        // when the reviewer walks the queue 20 at a time
        var pages = ListPages.walk(http, "/api/reviews/cases?limit=20", TestUser.REVIEWER_GANJINGZI);

        // then three pages held every case once, oldest first, with the count on the first page only
        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(page -> page.get("items").size()).containsExactly(20, 20, 7);
        assertThat(pages).extracting(page -> page.get("total").isNull()).containsExactly(false, true, true);
        List<String> seen = ListPages.field(pages, "id");
        assertThat(seen).hasSize(47).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).containsExactly(ganjingziInReview.toString(), ganjingziForwarded.toString());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.stream().map(UUID::toString).toList());
    }

    @Test
    void aLimitAboveTheMaximumOrACursorThisListDidNotWriteIsRefusedNamingTheParameter() {
        http.get().uri("/api/reviews/cases?limit=101").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("limit");
        http.get().uri("/api/reviews/cases?cursor=bm90LWEtY3Vyc29y").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_CURSOR")
                .jsonPath("$.field").isEqualTo("cursor");
    }

    private UUID insertCase(String district, String brandName, String stage, Instant openedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_case (id, application_id, campaign, org_id, district, brand_name, requested_levels, stage, opened_at, version)
                VALUES (:id, :applicationId, '2022', '912102440580649631', :district, :brandName, 'DISTRICT', :stage, :openedAt, 0)
                """)
                .param("id", id).param("applicationId", UUID.randomUUID()).param("district", district)
                .param("brandName", brandName).param("stage", stage).param("openedAt", Timestamp.from(openedAt))
                .update();
        return id;
    }
}
