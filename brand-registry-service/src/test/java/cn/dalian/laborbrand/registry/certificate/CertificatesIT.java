package cn.dalian.laborbrand.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class CertificatesIT {

    private static final UUID JINGANG = UUID.fromString("6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01");
    private static final UUID HAIWAN = UUID.fromString("6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f02");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void givenTwoRegisteredBrandsWithTheirFirstCertificates() {
        jdbc.sql("DELETE FROM certificate_issue").update();
        jdbc.sql("DELETE FROM brand").update();
        insert(JINGANG, "DL-LB-2022-CITY-9001", "912102440580649631", "大连金港人力资源服务有限公司", "210211", "大连金港家政服务师劳务品牌", "CITY",
                "ACTIVE");
        insert(HAIWAN, "DL-LB-2022-DISTRICT-9001", "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾焊工劳务品牌", "DISTRICT",
                "RECTIFYING");
    }

    @Test
    void theHolderDownloadsItsCertificateAsAChinesePdfNamedAfterTheBrand() throws IOException {
        byte[] pdf = http.get().uri("/api/brands/{id}/certificate.pdf", JINGANG)
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment;").contains("filename*=UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(text(pdf)).contains("DL-LB-2022-CITY-9001", "大连金港家政服务师劳务品牌", "大连市就业工作领导小组办公室").doesNotContain("版");
    }

    @Test
    void anotherUnitsCertificateIsNotFound() {
        http.get().uri("/api/brands/{id}/certificate.pdf", JINGANG)
                .headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("未找到该劳务品牌，或您无权查看。");
    }

    @Test
    void aDistrictBureauDownloadsOnlyItsDistrictsCertificates() {
        http.get().uri("/api/brands/{id}/certificate.pdf", JINGANG).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk();
        http.get().uri("/api/brands/{id}/certificate.pdf", HAIWAN).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anyoneVerifiesANumberAndLearnsTheLiveStatusAndNothingElse() {
        http.get().uri("/api/public/brands/verify/DL-LB-2022-DISTRICT-9001")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.certificateNumber").isEqualTo("DL-LB-2022-DISTRICT-9001")
                .jsonPath("$.brandName").isEqualTo("大连金州海湾焊工劳务品牌")
                .jsonPath("$.unitName").isEqualTo("大连海湾职业培训学校")
                .jsonPath("$.levelLabel").isEqualTo("区级")
                .jsonPath("$.certifiedOn").isEqualTo("2022-12-20")
                .jsonPath("$.status").isEqualTo("RECTIFYING")
                .jsonPath("$.statusLabel").isEqualTo("整改中")
                .jsonPath("$.id").doesNotExist()
                .jsonPath("$.orgId").doesNotExist()
                .jsonPath("$.district").doesNotExist()
                .jsonPath("$.applicationId").doesNotExist();
    }

    @Test
    void anUnknownNumberIsNotFoundAndATamperedOneIsRefused() {
        http.get().uri("/api/public/brands/verify/DL-LB-2022-CITY-0999").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("未查询到该编号的劳务品牌证书，证书可能不是本市颁发或编号有误。");
        http.get().uri("/api/public/brands/verify/DL-LB-2022-CITY-9001'--").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("证书编号格式不正确"));
    }

    @Test
    void theLeadingGroupReissuesUnderTheSameNumberAndTheNextPdfShowsTheEdition() throws IOException {
        http.post().uri("/api/brands/{id}/certificate/reissues", JINGANG)
                .headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "建设单位名称变更，依申请换发证书。"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.certificateNumber").isEqualTo("DL-LB-2022-CITY-9001")
                .jsonPath("$.edition").isEqualTo(2)
                .jsonPath("$.issuedBy").isEqualTo("leading-group");

        assertThat(jdbc.sql("SELECT count(*) FROM certificate_issue WHERE brand_id = :id AND certificate_number = 'DL-LB-2022-CITY-9001'")
                .param("id", JINGANG).query(Integer.class).single()).isEqualTo(2);
        byte[] pdf = http.get().uri("/api/brands/{id}/certificate.pdf", JINGANG).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(text(pdf)).contains("DL-LB-2022-CITY-9001", "第 2 版");
    }

    @Test
    void aReissueNeedsASentenceOfReasonAndACityRole() {
        http.post().uri("/api/brands/{id}/certificate/reissues", JINGANG)
                .headers(Tokens.as(TestUser.CITY_REVIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "更名"))
                .exchange()
                .expectStatus().isBadRequest();
        http.post().uri("/api/brands/{id}/certificate/reissues", JINGANG)
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "建设单位名称变更，依申请换发证书。"))
                .exchange()
                .expectStatus().isForbidden();

        assertThat(jdbc.sql("SELECT count(*) FROM certificate_issue WHERE brand_id = :id").param("id", JINGANG).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anExitedBrandsCertificateIsNotReissued() {
        jdbc.sql("UPDATE brand SET status = 'EXITED' WHERE id = :id").param("id", JINGANG).update();

        http.post().uri("/api/brands/{id}/certificate/reissues", JINGANG)
                .headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "建设单位名称变更，依申请换发证书。"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("该劳务品牌已退出，证书不再有效，不能补发。");
        // the verification page still answers, with the status the public must see
        http.get().uri("/api/public/brands/verify/DL-LB-2022-CITY-9001").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.statusLabel").isEqualTo("已退出");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void insert(UUID id, String certificate, String orgId, String unitName, String district, String brandName, String level,
            String status) {
        Instant registeredAt = Instant.parse("2022-12-20T08:00:00Z");
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, :status,
                        :certifiedOn, :registeredAt, 0)
                """)
                .param("id", id).param("certificate", certificate).param("applicationId", UUID.randomUUID())
                .param("orgId", orgId).param("unitName", unitName).param("district", district).param("brandName", brandName)
                .param("level", level).param("status", status).param("certifiedOn", LocalDate.of(2022, 12, 20))
                .param("registeredAt", Timestamp.from(registeredAt))
                .update();
        jdbc.sql("""
                INSERT INTO certificate_issue (brand_id, edition, certificate_number, reason, issued_by, issued_at)
                VALUES (:id, 1, :certificate, '认定发证', 'system', :issuedAt)
                """)
                .param("id", id).param("certificate", certificate).param("issuedAt", Timestamp.from(registeredAt)).update();
    }
}
