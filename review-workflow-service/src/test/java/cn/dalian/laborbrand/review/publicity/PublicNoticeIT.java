package cn.dalian.laborbrand.review.publicity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.casework.CaseworkService;

@PlatformIntegrationTest
class PublicNoticeIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void noNoticesYet() {
        jdbc.sql("TRUNCATE public_notice, case_transition, review_case CASCADE").update();
    }

    @Test
    void anyoneCanReadTheNoticesOpenToday() {
        // given one notice running today and one that ended last month
        LocalDate today = LocalDate.now(CaseworkService.DALIAN);
        insertNotice("大连甘井子金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", today.minusDays(2), today.plusDays(4));
        insertNotice("大连旅顺樱桃种植匠劳务品牌", "大连旅顺果业协会", today.minusDays(40), today.minusDays(33));

        // when someone who is not signed in opens the public notice
        http.get().uri("/api/public/notices").exchange()
                // then only the running notice is listed
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].brandName").isEqualTo("大连甘井子金港家政服务师劳务品牌")
                .jsonPath("$.items[0].unitName").isEqualTo("大连金港人力资源服务有限公司")
                .jsonPath("$.items[0].endsOn").isEqualTo(today.plusDays(4).toString());
    }

    @Test
    void theReviewersOfTheDistrictReadTheNoticeOfACaseAndOtherDistrictsDoNot() {
        // given a notice of a 甘井子区 case running from 22 to 28 November
        UUID caseId = insertNotice("大连甘井子金港家政服务师劳务品牌", "大连金港人力资源服务有限公司", LocalDate.of(2022, 11, 22),
                LocalDate.of(2022, 11, 28));

        // when 甘井子区's reviewer opens the case, then the notice's window is there
        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.startsOn").isEqualTo("2022-11-22")
                .jsonPath("$.endsOn").isEqualTo("2022-11-28");
        // and 金州区's reviewer learns nothing of it
        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aCaseWithoutANoticeYetAnswersNotFoundInChinese() {
        UUID caseId = insertNotice("大连甘井子渔港冷链装卸工劳务品牌", "大连渔港物流有限公司", LocalDate.of(2022, 11, 22), LocalDate.of(2022, 11, 28));
        jdbc.sql("DELETE FROM public_notice WHERE case_id = :id").param("id", caseId).update();

        http.get().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("该案件尚未发布公示。");
    }

    private UUID insertNotice(String brandName, String unitName, LocalDate startsOn, LocalDate endsOn) {
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO review_case (id, application_id, campaign, org_id, district, brand_name, requested_levels, stage, opened_at, stage_entered_at, version)
                VALUES (:id, :applicationId, '2022', '912102440580649631', '210211', :brandName, 'DISTRICT', 'PUBLICITY', :openedAt, :openedAt, 0)
                """)
                .param("id", caseId).param("applicationId", UUID.randomUUID()).param("brandName", brandName)
                .param("openedAt", Timestamp.from(Instant.now())).update();
        jdbc.sql("""
                INSERT INTO public_notice (id, case_id, brand_name, unit_name, district, levels, starts_on, ends_on)
                VALUES (:id, :caseId, :brandName, :unitName, '210211', 'DISTRICT', :startsOn, :endsOn)
                """)
                .param("id", UUID.randomUUID()).param("caseId", caseId).param("brandName", brandName)
                .param("unitName", unitName).param("startsOn", startsOn).param("endsOn", endsOn).update();
        return caseId;
    }
}
