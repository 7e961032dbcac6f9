package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.intake.Drafts;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.RawHttp;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The 甘井子 bureau keeps the photos and documents of its on-site inspection (实地查验) of 大连金港人力资源服务有限公司's
 * application with the application's evidence: it uploads, lists and downloads them at any stage of the review, the
 * city's staff read them, another district finds nothing, and the unit neither sees nor deletes them.
 */
@PlatformIntegrationTest
class InspectionFilesIT {

    private static final TestUser JINGANG = TestUser.APPLICANT_A;
    private static final TestUser GANJINGZI = TestUser.REVIEWER_GANJINGZI;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Autowired
    RestTestClient http;

    @Autowired
    EvidenceService evidence;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theBureauUploadsAPdfRecordAndAJpegPhotoListsAndDownloadsThemAndTheCityReadsThem() {
        // given an application handed in to the 甘井子 bureau
        UUID id = submitted();
        byte[] record = SampleFiles.pdf("On-site inspection record 2022-11-21");
        byte[] photo = SampleFiles.jpeg();

        // when the bureau uploads the signed record and a photo of the training site
        JsonNode uploadedRecord = upload(id, "实地查验记录表（签字版）.pdf", record, GANJINGZI)
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/applications/" + id + "/inspection-files/"))
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        upload(id, "培训场地现场照片.jpg", photo, GANJINGZI)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.contentType").isEqualTo("image/jpeg")
                .jsonPath("$.uploadedBy").isEqualTo("reviewer-ganjingzi");
        assertThat(uploadedRecord.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(uploadedRecord.get("sizeBytes").asLong()).isEqualTo(record.length);

        // then it lists both, oldest first, and the record downloads byte for byte under its name
        String recordId = uploadedRecord.get("id").asString();
        http.get().uri("/api/applications/{id}/inspection-files", id).headers(Tokens.as(GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].label").isEqualTo(List.of("实地查验记录表（签字版）.pdf", "培训场地现场照片.jpg"))
                .jsonPath("$[0].id").isEqualTo(recordId);
        byte[] downloaded = http.get().uri("/api/applications/{id}/inspection-files/{file}", id, recordId).headers(Tokens.as(GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition).startsWith("attachment")
                        .contains("filename*=UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(record);

        // and the city's staff read them, but upload none
        for (TestUser city : List.of(TestUser.CITY_REVIEWER, TestUser.LEADING_GROUP)) {
            http.get().uri("/api/applications/{id}/inspection-files", id).headers(Tokens.as(city))
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
            http.get().uri("/api/applications/{id}/inspection-files/{file}", id, recordId).headers(Tokens.as(city))
                    .exchange().expectStatus().isOk();
            upload(id, "复核照片.jpg", photo, city).expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        }
    }

    @Test
    void anotherDistrictsBureauFindsNeitherTheApplicationNorItsInspectionFiles() {
        UUID id = submitted();
        String fileId = uploadedId(id, "现场照片.jpg", SampleFiles.jpeg());

        upload(id, "现场照片.jpg", SampleFiles.jpeg(), TestUser.REVIEWER_JINZHOU).expectStatus().isNotFound();
        http.get().uri("/api/applications/{id}/inspection-files", id).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/applications/{id}/inspection-files/{file}", id, fileId).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void theUnitNeitherSeesNorDeletesTheInspectionFilesNotEvenWhileASupplementIsAsked() {
        UUID id = submitted();
        String fileId = uploadedId(id, "劳动合同抽查记录.pdf", SampleFiles.pdf("Contracts spot check"));

        // the inspection routes are not the unit's
        http.get().uri("/api/applications/{id}/inspection-files", id).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/applications/{id}/inspection-files/{file}", id, fileId).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isForbidden();
        upload(id, "自查照片.jpg", SampleFiles.jpeg(), JINGANG).expectStatus().isForbidden();

        // its materials show no such kind and no such file, and the file is not found through them
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.materials[?(@.kind == 'INSPECTION_RECORD')]").isEmpty()
                .jsonPath("$.materials[*].files[?(@.id == '" + fileId + "')]").isEmpty();
        http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isNotFound();

        // when the bureau asks for a supplement, the unit may change its materials again, but not the bureau's files
        UUID reviewCase = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, reviewCase.toString(), SampleEvents.message(ReviewEvents.SUPPLEMENT_REQUESTED,
                new SupplementRequested(reviewCase, id, JINGANG.orgId(), "210211", Set.of(ApplicationPart.DECLARED_YEARS),
                        "培训考核结果与台账不一致，请补充2022年度考核记录。", LocalDate.now().plusDays(5), 3, "reviewer-ganjingzi", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("SELECT status FROM application WHERE id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("SUPPLEMENT_REQUESTED"));
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/applications/{id}/materials/{kind}/files?name=x.pdf", id, MaterialKind.INSPECTION_RECORD).headers(Tokens.as(JINGANG))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(SampleFiles.pdf("Forged record"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("MATERIAL_KIND_NOT_ASKED");

        // and the bureau still has its file, and may add to it while the unit supplements
        http.get().uri("/api/applications/{id}/inspection-files/{file}", id, fileId).headers(Tokens.as(GANJINGZI))
                .exchange().expectStatus().isOk();
        upload(id, "补充查验照片.jpg", SampleFiles.jpeg(), GANJINGZI).expectStatus().isCreated();
    }

    @Test
    void aDraftTakesNoInspectionFilesAndAnExecutableOrAnOversizedFileIsRefusedLeavingNothing() {
        // a draft is not under review yet
        UUID draft = draft();
        upload(draft, "现场照片.jpg", SampleFiles.jpeg(), GANJINGZI)
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("INSPECTION_FILES_NOT_ACCEPTED")
                .jsonPath("$.status").isEqualTo("DRAFT");

        UUID id = submitted();
        long before = stored();
        // what a file really is decides, not its name
        upload(id, "现场照片.jpg", SampleFiles.elf(), GANJINGZI)
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("MATERIAL_TYPE_NOT_ALLOWED");
        // the materials' limit, refused by its declared length before the body is sent
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/applications/" + id + "/inspection-files?name=video.pdf",
                Map.of("Authorization", Tokens.bearer(GANJINGZI), "Content-Type", "application/pdf", "Content-Length",
                        String.valueOf(TWENTY_MB + 1), "Expect", "100-continue"), null);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("MATERIAL_TOO_LARGE");
        assertThat(answer.json().get("detail").asString()).isEqualTo("“实地查验记录及现场照片”的文件不能超过 20 MB。");
        assertThat(stored()).isEqualTo(before);
    }

    private UUID draft() {
        return http.post().uri("/api/applications").headers(Tokens.as(JINGANG)).contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString()
                .transform(UUID::fromString);
    }

    /** An application of 甘井子区 with its materials, handed in. */
    private UUID submitted() {
        UUID id = draft();
        Materials.provideMandatory(http, evidence, JINGANG, id);
        http.post().uri("/api/applications/{id}/submit", id).headers(Tokens.as(JINGANG)).exchange().expectStatus().isOk();
        return id;
    }

    private String uploadedId(UUID id, String name, byte[] content) {
        return upload(id, name, content, GANJINGZI).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private RestTestClient.ResponseSpec upload(UUID id, String name, byte[] content, TestUser user) {
        return http.post().uri("/api/applications/{id}/inspection-files?name={name}", id, name)
                .headers(Tokens.as(user))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content)
                .exchange();
    }

    /** Everything an upload can leave: file rows, and the database store's objects and chunks. */
    private long stored() {
        return jdbc.sql("SELECT (SELECT count(*) FROM material_file) + (SELECT count(*) FROM evidence_object) + (SELECT count(*) FROM evidence_chunk)")
                .query(Long.class).single();
    }
}
