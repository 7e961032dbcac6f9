package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
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

import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.application.intake.Drafts;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.review.SupplementRequested;
import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.RawHttp;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * 大连金港人力资源服务有限公司 (甘井子区) hands in the materials of its application: uploads stream to the store, their
 * type is sniffed from their bytes, their length counted as they arrive, and nothing of a refused upload stays.
 */
@PlatformIntegrationTest
class EvidenceIT {

    private static final TestUser JINGANG = TestUser.APPLICANT_A;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    /** the roster's limit as configured (the tests lower it, so that a roster over it is a few megabytes) */
    @Autowired
    EvidenceLimits limits;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceService evidence;

    @LocalServerPort
    int port;

    @Test
    void aLicenceComesBackByteForByteWithItsHashItsSniffedTypeItsLengthAndItsChineseName() throws Exception {
        // given a draft, and the licence scanned to PDF on a Windows desktop
        UUID id = draft();
        byte[] licence = SampleFiles.pdf("Business licence 912102440580649631");

        // when the unit uploads it, naming it by its full local path
        JsonNode uploaded = upload(id, MaterialKind.BUSINESS_LICENCE, "C:\\Users\\王丽\\Desktop\\营业执照（副本）.pdf", licence, "application/octet-stream")
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/applications/" + id + "/materials/files/"))
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        // then it is stored as a PDF under its name alone, with the hash of its bytes
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(licence));
        assertThat(uploaded.get("label").asString()).isEqualTo("营业执照（副本）.pdf");
        assertThat(uploaded.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.get("sizeBytes").asLong()).isEqualTo(licence.length);
        assertThat(uploaded.get("sha256").asString()).isEqualTo(sha256);
        assertThat(uploaded.get("uploadedBy").asString()).isEqualTo("applicant-a");

        // and it downloads byte for byte, as an attachment with its Chinese name encoded per RFC 5987
        String fileId = uploaded.get("id").asString();
        byte[] downloaded = http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectHeader().contentLength(licence.length)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition).startsWith("attachment")
                        .contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%EF%BC%88%E5%89%AF%E6%9C%AC%EF%BC%89.pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(licence);

        // and the checklist lists it under the licence
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.materials[?(@.kind == 'BUSINESS_LICENCE')].files[0].sha256").isEqualTo(List.of(sha256))
                .jsonPath("$.materials[?(@.kind == 'BUSINESS_LICENCE')].missing").isEqualTo(List.of(false));
    }

    @Test
    void theChecklistSaysOfEachKindWhetherItIsMandatoryWhyWhatItTakesAndHowLargeAndWhatIsMissing() {
        UUID id = draft();

        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.campaign").isEqualTo("2026")
                .jsonPath("$.changeable").isEqualTo(true)
                .jsonPath("$.complete").isEqualTo(false)
                .jsonPath("$.outputKinds.organisedOutput").isEqualTo(false)
                .jsonPath("$.materials.length()").isEqualTo(10)
                .jsonPath("$.materials[0].kind").isEqualTo("ATTACHMENT_TWO")
                .jsonPath("$.materials[0].label").isEqualTo("附件2 推荐对象征求意见表")
                .jsonPath("$.materials[0].requirement").isEqualTo("ALWAYS")
                .jsonPath("$.materials[0].mandatory").isEqualTo(true)
                .jsonPath("$.materials[0].reason").isEqualTo("每个申报单位都须提交。")
                .jsonPath("$.materials[0].allowedTypes").isEqualTo(List.of("application/pdf", "image/jpeg", "image/png"))
                .jsonPath("$.materials[0].allowedFormats").isEqualTo("PDF、JPEG、PNG")
                .jsonPath("$.materials[0].maxBytes").isEqualTo(TWENTY_MB)
                .jsonPath("$.materials[0].missing").isEqualTo(true)
                .jsonPath("$.materials[?(@.kind == 'ROSTER')].onlyThroughRosterImport").isEqualTo(List.of(true))
                .jsonPath("$.materials[?(@.kind == 'ROSTER')].maxBytes").isEqualTo(List.of((int) limits.of(MaterialKind.ROSTER)))
                .jsonPath("$.materials[?(@.kind == 'ROSTER')].allowedFormats").isEqualTo(List.of("XLSX、CSV"))
                .jsonPath("$.materials[?(@.kind == 'OUTPUT_AGREEMENTS')].mandatory").isEqualTo(List.of(false))
                .jsonPath("$.materials[?(@.kind == 'OUTPUT_AGREEMENTS')].requirement").isEqualTo(List.of("ORGANISED_OUTPUT"))
                .jsonPath("$.materials[?(@.kind == 'OUT_OF_PROVINCE_PROOFS')].mandatory").isEqualTo(List.of(false))
                .jsonPath("$.materials[?(@.mandatory == true)].kind").isEqualTo(List.of("ATTACHMENT_TWO", "BUSINESS_LICENCE",
                        "APPLICATION_REPORT", "TRAINING_EVIDENCE", "ROSTER", "LABOUR_RULES", "COLLECTIVE_CONTRACT", "COORDINATION_BODY"));

        // once every mandatory material is in, the checklist is complete
        Materials.provideMandatory(http, evidence, JINGANG, id);
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectBody().jsonPath("$.complete").isEqualTo(true);
    }

    @Test
    void anExecutableNamedLikeALicencePdfIsRefusedForWhatItReallyIsAndNothingIsStored() {
        UUID id = draft();
        long before = stored();

        for (byte[] executable : List.of(SampleFiles.elf(), SampleFiles.pe())) {
            upload(id, MaterialKind.BUSINESS_LICENCE, "营业执照.pdf", executable, "application/pdf")
                    .expectStatus().isEqualTo(415)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("MATERIAL_TYPE_NOT_ALLOWED")
                    .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("文件“营业执照.pdf”的实际内容是可执行程序（application/x-")
                            .contains("不是“营业执照或法人登记证书”可以提交的格式（PDF、JPEG、PNG）"))
                    .jsonPath("$.detectedType").value(String.class, type -> assertThat(type).startsWith("application/x-"))
                    .jsonPath("$.allowedTypes").isEqualTo(List.of("application/pdf", "image/jpeg", "image/png"));
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aPngScanIsTakenAsALicenceWhateverTypeItWasDeclaredAs() {
        UUID id = draft();

        upload(id, MaterialKind.BUSINESS_LICENCE, "营业执照", SampleFiles.png(), "application/pdf")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.contentType").isEqualTo("image/png")
                .jsonPath("$.label").isEqualTo("营业执照");
    }

    @Test
    void theRosterComesOnlyThroughTheRosterImportWhichTakesACsvOrAWorkbookButNoPdf() {
        UUID id = draft();
        Applicant jingang = new Applicant(JINGANG.orgId(), JINGANG.username());
        long before = stored();

        // the upload endpoint sends the unit to the roster import
        upload(id, MaterialKind.ROSTER, "务工人员花名册.xlsx", SampleFiles.xlsx(), "application/octet-stream")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ROSTER_ONLY_THROUGH_IMPORT")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("花名册导入"));

        // the import's own way in refuses a PDF …
        assertThatThrownBy(() -> evidence.receive(id, MaterialKind.ROSTER, "花名册.pdf", new ByteArrayInputStream(SampleFiles.pdf("roster")), jingang))
                .isInstanceOfSatisfying(PlatformException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(EvidenceProblem.MATERIAL_TYPE_NOT_ALLOWED);
                    assertThat(refused.getMessage()).contains("PDF 文档（application/pdf）").contains("XLSX、CSV");
                });
        assertThat(stored()).isEqualTo(before);

        // … and takes a workbook and a CSV, each read back as stored
        MaterialFile workbook = evidence.receive(id, MaterialKind.ROSTER, "务工人员花名册.xlsx", new ByteArrayInputStream(SampleFiles.xlsx()), jingang);
        MaterialFile csv = Materials.receiveRoster(evidence, id, jingang);
        assertThat(workbook.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(evidence.open(csv.id())).hasBinaryContent(SampleFiles.csv());
        java.nio.file.Path copy = evidence.copyToTempFile(workbook.id());
        try {
            assertThat(copy).hasBinaryContent(SampleFiles.xlsx());
            assertThat(copy.getFileName().toString()).endsWith(".xlsx");
        } finally {
            copy.toFile().delete();
        }
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsStored() {
        UUID id = draft();
        long before = stored();

        upload(id, MaterialKind.LABOUR_RULES, "劳动规章制度.pdf", new byte[0], "application/pdf")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("MATERIAL_EMPTY")
                .jsonPath("$.detail").isEqualTo("文件“劳动规章制度.pdf”是空的（0 字节），请选择正确的文件。");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
        UUID id = draft();
        long before = stored();

        // the head of a 20 MB + 1 byte upload that waits to be asked for its body (Expect: 100-continue), as curl sends it
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/applications/" + id + "/materials/APPLICATION_REPORT/files?name=report.pdf",
                Map.of("Authorization", Tokens.bearer(JINGANG), "Content-Type", "application/pdf", "Content-Length",
                        String.valueOf(TWENTY_MB + 1), "Expect", "100-continue"), null);

        // then it is refused at once, without "100 Continue": the body never had to be sent

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("MATERIAL_TOO_LARGE");
        assertThat(answer.json().get("detail").asString()).isEqualTo("“申报报告”的文件不能超过 20 MB。");
        assertThat(answer.json().get("maxBytes").asLong()).isEqualTo(TWENTY_MB);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aChunkedUploadWithoutLengthIsCutOffPastTheLimitAndLeavesNothing() {
        UUID id = draft();
        long before = stored();

        // a "PDF" of 20 MB and a half, sent chunked: only counting what arrives can stop it
        byte[] body = chunked(TWENTY_MB + 512 * 1024);
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/applications/" + id + "/materials/TRAINING_EVIDENCE/files?name=training.pdf",
                Map.of("Authorization", Tokens.bearer(JINGANG), "Content-Type", "application/octet-stream", "Transfer-Encoding", "chunked"), body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("MATERIAL_TOO_LARGE");
        // the twenty megabytes that reached the store before the limit was passed are gone again
        assertThat(stored()).isEqualTo(before);

        // while a chunked upload within the limit is taken whole
        RawHttp.Answer taken = RawHttp.send(port, "POST", "/api/applications/" + id + "/materials/TRAINING_EVIDENCE/files?name=training.pdf",
                Map.of("Authorization", Tokens.bearer(JINGANG), "Content-Type", "application/octet-stream", "Transfer-Encoding", "chunked"),
                chunked(3 * 1024 * 1024 + 17));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(taken.json().get("sizeBytes").asLong()).isEqualTo(3 * 1024 * 1024 + 17);
    }

    @Test
    void anotherUnitAndAnotherDistrictNeitherSeeNorChangeTheMaterials() {
        UUID id = draft();
        String fileId = upload(id, MaterialKind.COLLECTIVE_CONTRACT, "集体合同.pdf", SampleFiles.pdf("Collective contract"), "application/pdf")
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        // 大连海湾职业培训学校 (金州区): not found, whatever it tries
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange().expectStatus().isNotFound();
        upload(id, MaterialKind.COLLECTIVE_CONTRACT, "集体合同.pdf", SampleFiles.pdf("Forged"), "application/pdf", TestUser.APPLICANT_B)
                .expectStatus().isNotFound();
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange().expectStatus().isNotFound();

        // the 金州 bureau does not see 甘井子's application; the 甘井子 bureau reads it but changes nothing
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.materials[?(@.kind == 'COLLECTIVE_CONTRACT')].files[*].id")
                .isEqualTo(List.of(fileId));
        http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange().expectStatus().isOk().expectHeader().contentType("application/pdf");
        upload(id, MaterialKind.COLLECTIVE_CONTRACT, "集体合同.pdf", SampleFiles.pdf("Reviewer"), "application/pdf", TestUser.REVIEWER_GANJINGZI)
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange().expectStatus().isForbidden();

        // the city's staff read any district's
        for (TestUser city : List.of(TestUser.CITY_REVIEWER, TestUser.LEADING_GROUP)) {
            http.get().uri("/api/applications/{id}/materials/files/{file}", id, fileId).headers(Tokens.as(city))
                    .exchange().expectStatus().isOk();
        }
        // and finance none
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(TestUser.FINANCE_CLERK))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void filesAreDeletedWhileADraftNotOnceSubmittedAndAgainWhileASupplementIsAsked() {
        // given a complete application with its materials, and one extra file uploaded by mistake
        UUID id = draft();
        Materials.provideMandatory(http, evidence, JINGANG, id);
        String mistake = upload(id, MaterialKind.TRAINING_EVIDENCE, "错传的文件.jpg", SampleFiles.jpeg(), "image/jpeg")
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        String extra = upload(id, MaterialKind.TRAINING_EVIDENCE, "2022年度考核结果补充.pdf", SampleFiles.pdf("Assessment 2022"), "application/pdf")
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        long before = stored();

        // while a draft, the mistake is deleted, row and bytes
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, mistake).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isNoContent();
        assertThat(stored()).isLessThan(before);
        http.get().uri("/api/applications/{id}/materials/files/{file}", id, mistake).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isNotFound();

        // once submitted, nothing is uploaded or deleted
        http.post().uri("/api/applications/{id}/submit", id).headers(Tokens.as(JINGANG)).exchange().expectStatus().isOk();
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, extra).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("MATERIALS_NOT_CHANGEABLE").jsonPath("$.status").isEqualTo("SUBMITTED");
        upload(id, MaterialKind.TRAINING_EVIDENCE, "补充.pdf", SampleFiles.pdf("Late"), "application/pdf")
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("MATERIALS_NOT_CHANGEABLE");
        http.get().uri("/api/applications/{id}/materials", id).headers(Tokens.as(JINGANG))
                .exchange().expectBody().jsonPath("$.changeable").isEqualTo(false);

        // when the 甘井子 bureau asks for a supplement, the unit may change its materials again
        UUID reviewCase = UUID.randomUUID();
        KafkaProbe.send(ReviewEvents.SUPPLEMENT_REQUESTED_TOPIC, reviewCase.toString(), SampleEvents.message(ReviewEvents.SUPPLEMENT_REQUESTED,
                new SupplementRequested(reviewCase, id, JINGANG.orgId(), "210211", Set.of(ApplicationPart.DECLARED_YEARS),
                        "培训考核结果与台账不一致，请补充2022年度考核记录。", LocalDate.now().plusDays(5), 3, "reviewer-ganjingzi", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("SELECT status FROM application WHERE id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("SUPPLEMENT_REQUESTED"));
        http.delete().uri("/api/applications/{id}/materials/files/{file}", id, extra).headers(Tokens.as(JINGANG))
                .exchange().expectStatus().isNoContent();
        upload(id, MaterialKind.TRAINING_EVIDENCE, "2022年度考核记录.pdf", SampleFiles.pdf("Assessment records 2022"), "application/pdf")
                .expectStatus().isCreated();
    }

    @Test
    void anApplicationWithoutItsMandatoryMaterialsIsNotHandedInAndTheCheckSaysWhichAreMissing() {
        // given a complete Attachment 1 with only the licence and the report uploaded
        UUID id = draft();
        upload(id, MaterialKind.BUSINESS_LICENCE, "营业执照.png", SampleFiles.png(), "image/png").expectStatus().isCreated();
        upload(id, MaterialKind.APPLICATION_REPORT, "申报报告.pdf", SampleFiles.pdf("Report"), "application/pdf").expectStatus().isCreated();

        // then the check lists the six others, each naming the material
        http.get().uri("/api/applications/{id}/checks", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ready").isEqualTo(false)
                .jsonPath("$.findings[?(@.code == 'MATERIAL_MISSING')].field").isEqualTo(List.of("materials", "materials", "materials",
                        "materials", "materials", "materials"))
                .jsonPath("$.findings[?(@.code == 'MATERIAL_MISSING')].message").value(List.class, messages -> assertThat(messages).containsExactly(
                        "缺少申报材料“附件2 推荐对象征求意见表”（每个申报单位都须提交），请上传。",
                        "缺少申报材料“培训佐证材料：课程、学员、考核结果”（每个申报单位都须提交），请上传。",
                        "缺少申报材料“务工人员花名册”（每个申报单位都须提交），请通过“花名册导入”上传。",
                        "缺少申报材料“劳动规章制度”（每个申报单位都须提交），请上传。",
                        "缺少申报材料“集体合同”（每个申报单位都须提交），请上传。",
                        "缺少申报材料“劳动关系协调机构及其制度、协调员”（每个申报单位都须提交），请上传。"));

        // and submitting is refused with the same findings, the application staying a draft
        http.post().uri("/api/applications/{id}/submit", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("APPLICATION_INCOMPLETE")
                .jsonPath("$.findings[0].code").isEqualTo("MATERIAL_MISSING")
                .jsonPath("$.findings.length()").isEqualTo(6)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("务工人员花名册"));
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("DRAFT");

        // once the rest is in, it is handed in
        Materials.provideMandatory(http, evidence, JINGANG, id);
        http.post().uri("/api/applications/{id}/submit", id).headers(Tokens.as(JINGANG))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");
    }

    @Test
    void aFormOrMultipartUploadIsRefusedAskingForTheFileItself() {
        UUID id = draft();

        http.post().uri("/api/applications/{id}/materials/{kind}/files", id, MaterialKind.LABOUR_RULES).headers(Tokens.as(JINGANG))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("file=%25PDF-1.4")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("MATERIAL_UPLOAD_NOT_RAW");
    }

    private UUID draft() {
        return http.post().uri("/api/applications").headers(Tokens.as(JINGANG)).contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString()
                .transform(UUID::fromString);
    }

    private RestTestClient.ResponseSpec upload(UUID id, MaterialKind kind, String name, byte[] content, String contentType) {
        return upload(id, kind, name, content, contentType, JINGANG);
    }

    private RestTestClient.ResponseSpec upload(UUID id, MaterialKind kind, String name, byte[] content, String contentType, TestUser user) {
        return http.post().uri("/api/applications/{id}/materials/{kind}/files?name={name}", id, kind, name)
                .headers(Tokens.as(user))
                .contentType(MediaType.parseMediaType(contentType))
                .body(content)
                .exchange();
    }

    /** Everything an upload can leave: file rows, and the database store's objects and chunks. */
    private long stored() {
        return jdbc.sql("SELECT (SELECT count(*) FROM material_file) + (SELECT count(*) FROM evidence_object) + (SELECT count(*) FROM evidence_chunk)")
                .query(Long.class).single();
    }

    /** A body of that many bytes beginning like a PDF, in HTTP/1.1 chunks of 64 KB, with no length declared. */
    private static byte[] chunked(long size) {
        byte[] pdfHead = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size + 4096);
        long written = 0;
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        while (written < size) {
            int length = (int) Math.min(chunk.length, size - written);
            byte[] data = written == 0 ? withHead(chunk, pdfHead) : chunk;
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data, 0, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            written += length;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] withHead(byte[] chunk, byte[] head) {
        byte[] first = chunk.clone();
        System.arraycopy(head, 0, first, 0, head.length);
        return first;
    }
}
