package cn.dalian.laborbrand.registry.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
class BrandListsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void givenBrandsOfTwoUnits() {
        jdbc.sql("DELETE FROM certificate_issue").update();
        jdbc.sql("DELETE FROM brand").update();
        insert("DL-LB-2022-CITY-9001", "912102440580649631", "大连金港人力资源服务有限公司", "210211", "大连金港家政服务师劳务品牌", "CITY", "ACTIVE");
        insert("DL-LB-2022-DISTRICT-9001", "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾焊工劳务品牌", "DISTRICT", "ACTIVE");
        insert("DL-LB-2022-DISTRICT-9002", "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾电工劳务品牌", "DISTRICT", "EXITED");
    }

    @Test
    void thePublicListShowsCertifiedBrandsButNotExitedOnes() {
        http.get().uri("/api/public/brands").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[?(@.certificateNumber == 'DL-LB-2022-DISTRICT-9002')]").doesNotExist()
                // the public list carries no internal identifiers
                .jsonPath("$.items[0].orgId").doesNotExist()
                .jsonPath("$.items[0].applicationId").doesNotExist();
    }

    @Test
    void thePublicListCanBeNarrowedToOneLevel() {
        http.get().uri("/api/public/brands?level=CITY").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].levelLabel").isEqualTo("市级")
                .jsonPath("$.items[0].brandName").isEqualTo("大连金港家政服务师劳务品牌");
    }

    @Test
    void anApplicantUnitReadsOnlyItsOwnBrandsInFull() {
        http.get().uri("/api/brands")
                .headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[?(@.orgId != '912102422418131093')]").doesNotExist()
                .jsonPath("$.items[?(@.status == 'EXITED')].statusLabel").isEqualTo(java.util.List.of("已退出"));
    }

    @Test
    void aDistrictBureauReadsItsDistrictsBrands() {
        http.get().uri("/api/brands")
                .headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].district").isEqualTo("210211");
    }

    @Test
    void thePublicListIsPagedNewestCertificateFirstAndThePagesJoinUp() {
        // given a fourth brand certified later
        insert("DL-LB-2023-CITY-9001", "912102317772962774", "大连长兴岛船舶技工学校", "210281", "大连长兴岛船舶焊工劳务品牌", "CITY", "ACTIVE",
                LocalDate.of(2023, 12, 18));

        // when the public reads two at a time
        var pages = ListPages.walk(http, "/api/public/brands?limit=2", null);

        // then the newest certificate leads, the exited brand is left out, and the second page holds the last one
        assertThat(ListPages.field(pages, "certificateNumber"))
                .containsExactly("DL-LB-2023-CITY-9001", "DL-LB-2022-CITY-9001", "DL-LB-2022-DISTRICT-9001");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void financeStaffCannotReadTheRegistry() {
        http.get().uri("/api/brands")
                .headers(Tokens.as(TestUser.FINANCE_CLERK))
                .exchange()
                .expectStatus().isForbidden();
    }

    private void insert(String certificate, String orgId, String unitName, String district, String brandName, String level,
            String status) {
        insert(certificate, orgId, unitName, district, brandName, level, status, LocalDate.of(2022, 12, 20));
    }

    private void insert(String certificate, String orgId, String unitName, String district, String brandName, String level,
            String status, LocalDate certifiedOn) {
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, :status,
                        :certifiedOn, :registeredAt, 0)
                """)
                .param("id", UUID.randomUUID()).param("certificate", certificate).param("applicationId", UUID.randomUUID())
                .param("orgId", orgId).param("unitName", unitName).param("district", district).param("brandName", brandName)
                .param("level", level).param("status", status).param("certifiedOn", certifiedOn)
                .param("registeredAt", Timestamp.from(Instant.now()))
                .update();
    }
}
