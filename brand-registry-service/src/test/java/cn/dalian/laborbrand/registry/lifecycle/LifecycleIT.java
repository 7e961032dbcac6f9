package cn.dalian.laborbrand.registry.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.BrandExitProposed;
import cn.dalian.laborbrand.contracts.registry.ProvincialCertificationRecorded;
import cn.dalian.laborbrand.contracts.registry.RectificationAnswered;
import cn.dalian.laborbrand.contracts.registry.RectificationExtended;
import cn.dalian.laborbrand.contracts.registry.RectificationReminderDue;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestClock;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * A brand's dynamic management end to end, on the real calendar, database and broker: rectification ordered, answered
 * with evidence, accepted, extended, rejected or overdue; the exit proposed and decided; the provincial certification.
 */
@PlatformIntegrationTest
class LifecycleIT {

    /** Monday 2 November 2026, 10:00 in Dalian: an ordinary week, 5 working days from the day after end on Monday 9 November. */
    private static final Instant MONDAY_NOV_2 = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 9);
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
            0, 0, 0};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    TestClock clock;

    @Autowired
    RectificationCheck check;

    /** 大连金港家政服务师劳务品牌, city level, 甘井子区, held by applicant A. */
    UUID jingang;
    /** 大连金州海湾焊工劳务品牌, district level, 金州区, held by applicant B. */
    UUID haiwan;

    /** Numbers the certificate sequence does not reach in these tests, so that brands registered by other tests never collide. */
    @BeforeEach
    void givenTwoActiveBrandsOnMondayNovember2() {
        for (String table : List.of("rectification_reminder", "rectification_answer", "rectification_extension", "exit_proposal",
                "provincial_certification", "rectification", "stored_file", "certificate_issue", "brand")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jingang = UUID.randomUUID();
        haiwan = UUID.randomUUID();
        insert(jingang, "DL-LB-2022-CITY-9001", "912102440580649631", "大连金港人力资源服务有限公司", "210211", "大连金港家政服务师劳务品牌", "CITY");
        insert(haiwan, "DL-LB-2022-DISTRICT-9001", "912102422418131093", "大连海湾职业培训学校", "210213", "大连金州海湾焊工劳务品牌", "DISTRICT");
        clock.setTo(MONDAY_NOV_2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void orderedAnsweredWithEvidenceAndAcceptedTheBrandIsActiveAgain() {
        // given the district reviewer of 甘井子区 orders rectification for 5 working days
        order(jingang, TestUser.REVIEWER_GANJINGZI)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.deadline").isEqualTo(DEADLINE.toString())
                .jsonPath("$.workingDaysLeft").isEqualTo(5)
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.reasons[0].label").isEqualTo("培训质量差")
                .jsonPath("$.answerable").isEqualTo(true);
        String rectification = currentRectificationId(jingang);
        assertThat(status(jingang)).isEqualTo("RECTIFYING");
        verification("DL-LB-2022-CITY-9001", "整改中");

        // when the holder uploads its evidence and answers
        upload(jingang, rectification, TestUser.APPLICANT_A, PDF, "培训签到表.pdf")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.contentType").isEqualTo("application/pdf")
                .jsonPath("$.sha256").value(sha -> assertThat((String) sha).hasSize(64));
        String file = lastFileId();
        answer(jingang, rectification, TestUser.APPLICANT_A, file)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ANSWERED").jsonPath("$.answers[0].evidence[0].name").isEqualTo("培训签到表.pdf");

        // and the reviewer accepts
        decide(jingang, rectification, TestUser.REVIEWER_GANJINGZI, Map.of("outcome", "ACCEPT", "note", "整改到位。"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED").jsonPath("$.decision.decidedBy").isEqualTo("reviewer-ganjingzi");

        // then the brand is active again, its history holds the rectification, the public sees 有效
        assertThat(status(jingang)).isEqualTo("ACTIVE");
        verification("DL-LB-2022-CITY-9001", "有效");
        http.get().uri("/api/brands/{id}", jingang).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.statusLabel").isEqualTo("有效").jsonPath("$.currentRectification").doesNotExist();
        http.get().uri("/api/brands/{id}/rectifications", jingang).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].statusLabel").isEqualTo("整改通过").jsonPath("$[0].answers[0].evidence[0].id").isEqualTo(file);
        byte[] downloaded = http.get().uri("/api/brands/{id}/files/{file}", jingang, file).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(PDF);
        // the province follows the order and the closing; the answer stays in the city
        assertThat(feed(jingang)).containsExactly("RectificationOrdered", "RectificationClosed");
        RectificationAnswered answered = event(RegistryEvents.RECTIFICATION_ANSWERED, jingang);
        assertThat(answered.evidenceFiles()).isEqualTo(1);
        assertThat(answered.answeredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void aRejectedAnswerProposesTheExitAndTheLeadingGroupsDecisionTakesTheBrandOffThePublicList() {
        String rectification = orderAndAnswer(jingang);

        // when the reviewer rejects the answer
        decide(jingang, rectification, TestUser.REVIEWER_GANJINGZI, Map.of("outcome", "REJECT", "note", "佐证材料不能证明培训质量已改善。"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("FAILED");

        // then the exit is proposed; the public still sees rectification until the leading group decides
        assertThat(status(jingang)).isEqualTo("EXIT_PROPOSED");
        verification("DL-LB-2022-CITY-9001", "整改中");
        assertThat(event(RegistryEvents.EXIT_PROPOSED, jingang)).extracting(BrandExitProposed::cause, BrandExitProposed::proposedBy)
                .containsExactly("FAILED", "reviewer-ganjingzi");
        http.get().uri("/api/brands/exit-proposals").headers(Tokens.as(TestUser.LEADING_GROUP)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].brandId").isEqualTo(jingang.toString()).jsonPath("$.items[0].causeLabel").isEqualTo("整改未通过");

        // an exit without the decision's reference is refused
        http.post().uri("/api/brands/{id}/exit", jingang).headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decidedOn", "2026-11-02")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("EXIT_DECISION_REQUIRED");

        // when the leading group decides the exit
        http.post().uri("/api/brands/{id}/exit", jingang).headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decisionReference", "大就组发〔2026〕12号", "decidedOn", "2026-11-02")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.decisionReference").isEqualTo("大就组发〔2026〕12号");

        // then the brand has exited: off the public list, 已退出 on the verification page, in the province's feed
        assertThat(status(jingang)).isEqualTo("EXITED");
        verification("DL-LB-2022-CITY-9001", "已退出");
        http.get().uri("/api/public/brands").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.certificateNumber == 'DL-LB-2022-CITY-9001')]").doesNotExist();
        assertThat(feed(jingang)).containsExactly("RectificationOrdered", "RectificationClosed", "BrandExited");
        http.get().uri("/api/brands/exit-proposals").headers(Tokens.as(TestUser.LEADING_GROUP)).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void anExitWithoutAProposalIsRefused() {
        http.post().uri("/api/brands/{id}/exit", jingang).headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decisionReference", "大就组发〔2026〕12号", "decidedOn", "2026-11-02")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("EXIT_NOT_PROPOSED");
        assertThat(status(jingang)).isEqualTo("ACTIVE");
    }

    @Test
    void theDailyCheckClosesAnOverdueRectificationOnceAndProposesTheExitAsTheSystem() {
        order(jingang, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated();

        // on the deadline nothing happens; the day after, the rectification is overdue
        assertThat(check.runOn(DEADLINE).closedOverdue()).isZero();
        assertThat(check.runOn(DEADLINE.plusDays(1)).closedOverdue()).isEqualTo(1);
        assertThat(check.runOn(DEADLINE.plusDays(1)).closedOverdue()).isZero();

        assertThat(status(jingang)).isEqualTo("EXIT_PROPOSED");
        assertThat(jdbc.sql("SELECT status FROM rectification WHERE brand_id = :id").param("id", jingang).query(String.class).single())
                .isEqualTo("OVERDUE");
        assertThat(event(RegistryEvents.EXIT_PROPOSED, jingang)).extracting(BrandExitProposed::cause, BrandExitProposed::proposedBy)
                .containsExactly("OVERDUE", "system");
        assertThat(feed(jingang)).containsExactly("RectificationOrdered", "RectificationClosed");
        http.get().uri("/api/brands/{id}", jingang).headers(Tokens.as(TestUser.LEADING_GROUP)).exchange()
                .expectBody().jsonPath("$.exit.causeLabel").isEqualTo("逾期未整改").jsonPath("$.exit.proposedBy").isEqualTo("system");
    }

    @Test
    void theReviewerExtendsTheDeadlineAndTheBrandStaysUnderRectification() {
        String rectification = orderAndAnswer(jingang);

        decide(jingang, rectification, TestUser.CITY_REVIEWER, Map.of("outcome", "EXTEND", "note", "补充实操考核记录。")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("EXTENSION_DAYS_REQUIRED");
        decide(jingang, rectification, TestUser.CITY_REVIEWER, Map.of("outcome", "EXTEND", "note", "补充实操考核记录。", "workingDays", 10))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.deadline").isEqualTo("2026-11-16")
                .jsonPath("$.extensions[0].previousDeadline").isEqualTo(DEADLINE.toString());

        assertThat(status(jingang)).isEqualTo("RECTIFYING");
        RectificationExtended extended = event(RegistryEvents.RECTIFICATION_EXTENDED, jingang);
        assertThat(extended.newDeadline()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(extended.decidedBy()).isEqualTo("city-reviewer");
    }

    @Test
    void aReminderIsSentOnceOnTheConfiguredWorkingDaysBeforeTheDeadline() {
        order(jingang, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated();

        // 3 working days before the deadline (9 November) is Wednesday 4 November, 1 before is Friday 6 November
        assertThat(check.runOn(LocalDate.of(2026, 11, 3)).reminded()).isZero();
        assertThat(check.runOn(LocalDate.of(2026, 11, 4)).reminded()).isEqualTo(1);
        assertThat(check.runOn(LocalDate.of(2026, 11, 4)).reminded()).isZero();
        assertThat(check.runOn(LocalDate.of(2026, 11, 6)).reminded()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT working_days_left FROM rectification_reminder ORDER BY due_on").query(Integer.class).list()).containsExactly(3, 1);
        RectificationReminderDue due = event(RegistryEvents.RECTIFICATION_REMINDER_DUE, jingang);
        assertThat(due.deadline()).isEqualTo(DEADLINE);
        assertThat(due.orgId()).isEqualTo("912102440580649631");
    }

    @Test
    void theLeadingGroupRecordsTheProvincesCertificationOfACityLevelBrandOnce() {
        http.post().uri("/api/brands/{id}/provincial-certification/document?name={name}", jingang, "辽人社〔2026〕88号.png")
                .headers(Tokens.as(TestUser.LEADING_GROUP)).contentType(MediaType.APPLICATION_OCTET_STREAM).body(PNG).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.contentType").isEqualTo("image/png");
        String document = lastFileId();
        Map<String, Object> decision = Map.of("decisionReference", "辽人社〔2026〕88号", "decidedOn", "2026-10-20", "documentFileId", document);

        http.post().uri("/api/brands/{id}/provincial-certification", jingang).headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_JSON).body(decision).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.decisionReference").isEqualTo("辽人社〔2026〕88号")
                .jsonPath("$.document.id").isEqualTo(document);

        ProvincialCertificationRecorded recorded = event(RegistryEvents.PROVINCIAL_CERTIFICATION_RECORDED, jingang);
        assertThat(recorded.level()).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(recorded.campaign()).isEqualTo("2022");
        assertThat(recorded.applicationId()).isEqualTo(jdbc.sql("SELECT application_id FROM brand WHERE id = :id").param("id", jingang)
                .query(UUID.class).single());
        assertThat(recorded.documentSha256()).hasSize(64).isEqualTo(jdbc.sql("SELECT sha256 FROM stored_file WHERE id = :id")
                .param("id", UUID.fromString(document)).query(String.class).single());
        assertThat(recorded.recordedBy()).isEqualTo("leading-group");
        assertThat(feed(jingang)).containsExactly("ProvincialCertificationRecorded");
        http.get().uri("/api/brands/{id}", jingang).headers(Tokens.as(TestUser.APPLICANT_A)).exchange()
                .expectBody().jsonPath("$.provincialCertification.decisionReference").isEqualTo("辽人社〔2026〕88号");

        // twice is refused
        http.post().uri("/api/brands/{id}/provincial-certification", jingang).headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_JSON).body(decision).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("PROVINCIAL_ALREADY_RECORDED");
    }

    @Test
    void aDistrictLevelBrandCannotCarryTheProvincesCertification() {
        http.post().uri("/api/brands/{id}/provincial-certification/document", haiwan).headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_PDF).body(PDF).exchange().expectStatus().isCreated();
        String document = lastFileId();

        http.post().uri("/api/brands/{id}/provincial-certification", haiwan).headers(Tokens.as(TestUser.LEADING_GROUP))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decisionReference", "辽人社〔2026〕88号", "decidedOn", "2026-10-20", "documentFileId", document)).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("PROVINCIAL_NOT_FOR_DISTRICT_LEVEL");
        assertThat(jdbc.sql("SELECT count(*) FROM provincial_certification").query(Integer.class).single()).isZero();
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefused() {
        String rectification = currentOrder(jingang);
        upload(jingang, rectification, TestUser.APPLICANT_A, PDF, "签到表.pdf").expectStatus().isCreated();
        String file = lastFileId();

        // when the holder answers on Tuesday 10 November, the day after the deadline
        clock.setTo(Instant.parse("2026-11-10T02:00:00Z"));
        answer(jingang, rectification, TestUser.APPLICANT_A, file)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ANSWER_AFTER_DEADLINE").jsonPath("$.deadline").isEqualTo(DEADLINE.toString());
        upload(jingang, rectification, TestUser.APPLICANT_A, PDF, "补充.pdf").expectStatus().isEqualTo(409);
        assertThat(jdbc.sql("SELECT status FROM rectification WHERE id = :id").param("id", UUID.fromString(rectification)).query(String.class)
                .single()).isEqualTo("OPEN");
    }

    @Test
    void evidenceThatIsNotAPdfOrAnImageIsRefusedAndNothingIsKept() {
        String rectification = currentOrder(jingang);

        upload(jingang, rectification, TestUser.APPLICANT_A, "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1), "整改报告.pdf")
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.code").isEqualTo("TYPE_NOT_ALLOWED");
        http.post().uri("/api/brands/{id}/rectifications/{r}/evidence", jingang, rectification).headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=x"))
                .body("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII))
                .exchange()
                .expectStatus().isEqualTo(415);
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file").query(Integer.class).single()).isZero();
    }

    @Test
    void outsideTheirScopeReviewersAndUnitsFindNoBrandAndOtherRolesAreForbidden() {
        // a reviewer of 金州区 cannot order for a brand of 甘井子区, nor can a unit read another unit's brand
        order(jingang, TestUser.REVIEWER_JINZHOU).expectStatus().isNotFound();
        http.get().uri("/api/brands/{id}", jingang).headers(Tokens.as(TestUser.APPLICANT_B)).exchange().expectStatus().isNotFound();
        // a unit does not order rectification, a city reviewer does not decide exits
        order(jingang, TestUser.APPLICANT_A).expectStatus().isForbidden();
        http.post().uri("/api/brands/{id}/exit", jingang).headers(Tokens.as(TestUser.CITY_REVIEWER)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decisionReference", "大就组发〔2026〕12号", "decidedOn", "2026-11-02")).exchange().expectStatus().isForbidden();
        // another unit cannot answer the holder's rectification
        String rectification = currentOrder(jingang);
        upload(jingang, rectification, TestUser.APPLICANT_B, PDF, "x.pdf").expectStatus().isNotFound();
        assertThat(status(jingang)).isEqualTo("RECTIFYING");
    }

    @Test
    void aReasonOutsideTheNoticesListIsBadInputAndASecondOrderIsRefused() {
        http.post().uri("/api/brands/{id}/rectifications", jingang).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reasons", List.of("BAD_WEATHER"), "explanation", "说明", "workingDays", 5)).exchange()
                .expectStatus().isBadRequest();
        assertThat(status(jingang)).isEqualTo("ACTIVE");

        order(jingang, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated();
        order(jingang, TestUser.CITY_REVIEWER).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ALREADY_RECTIFYING");
    }

    @Test
    void theWorklistShowsEachDistrictItsOwnRunningRectificationsWithTheirDeadline() {
        order(jingang, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated();
        order(haiwan, TestUser.REVIEWER_JINZHOU).expectStatus().isCreated();

        http.get().uri("/api/brands/rectifications").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].brandName").isEqualTo("大连金港家政服务师劳务品牌")
                .jsonPath("$.items[0].deadline").isEqualTo(DEADLINE.toString()).jsonPath("$.items[0].workingDaysLeft").isEqualTo(5);
        http.get().uri("/api/brands/rectifications?district=210213").headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].brandName").isEqualTo("大连金州海湾焊工劳务品牌");
        http.get().uri("/api/brands/rectifications").headers(Tokens.as(TestUser.APPLICANT_A)).exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec order(UUID brand, TestUser reviewer) {
        return http.post().uri("/api/brands/{id}/rectifications", brand).headers(Tokens.as(reviewer)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reasons", List.of("POOR_TRAINING_QUALITY", "TOO_FEW_WORKERS"),
                        "explanation", "2026年第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。", "workingDays", 5))
                .exchange();
    }

    private String currentOrder(UUID brand) {
        order(brand, TestUser.REVIEWER_GANJINGZI).expectStatus().isCreated();
        return currentRectificationId(brand);
    }

    private String orderAndAnswer(UUID brand) {
        String rectification = currentOrder(brand);
        upload(brand, rectification, TestUser.APPLICANT_A, PDF, "培训签到表.pdf").expectStatus().isCreated();
        answer(brand, rectification, TestUser.APPLICANT_A, lastFileId()).expectStatus().isOk();
        return rectification;
    }

    private RestTestClient.ResponseSpec upload(UUID brand, String rectification, TestUser holder, byte[] content, String name) {
        return http.post().uri("/api/brands/{id}/rectifications/{r}/evidence?name={name}", brand, rectification, name).headers(Tokens.as(holder))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(content).exchange();
    }

    private RestTestClient.ResponseSpec answer(UUID brand, String rectification, TestUser holder, String file) {
        return http.post().uri("/api/brands/{id}/rectifications/{r}/answer", brand, rectification).headers(Tokens.as(holder))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "已更换培训讲师并补充实操课时，附培训签到表。", "evidenceFileIds", List.of(file))).exchange();
    }

    private RestTestClient.ResponseSpec decide(UUID brand, String rectification, TestUser reviewer, Map<String, Object> decision) {
        return http.post().uri("/api/brands/{id}/rectifications/{r}/decision", brand, rectification).headers(Tokens.as(reviewer))
                .contentType(MediaType.APPLICATION_JSON).body(decision).exchange();
    }

    private void verification(String number, String label) {
        http.get().uri("/api/public/brands/verify/{n}", number).exchange().expectStatus().isOk().expectBody().jsonPath("$.statusLabel").isEqualTo(label);
    }

    private String status(UUID brand) {
        return jdbc.sql("SELECT status FROM brand WHERE id = :id").param("id", brand).query(String.class).single();
    }

    private String currentRectificationId(UUID brand) {
        return jdbc.sql("SELECT id FROM rectification WHERE brand_id = :id ORDER BY ordered_at DESC LIMIT 1").param("id", brand)
                .query(String.class).single();
    }

    private String lastFileId() {
        return jdbc.sql("SELECT id FROM stored_file ORDER BY uploaded_at DESC LIMIT 1").query(String.class).single();
    }

    private List<String> feed(UUID brand) {
        return jdbc.sql("SELECT type FROM feed_entry WHERE subject = :id ORDER BY position").param("id", brand).query(String.class).list();
    }

    private static <P> P event(EventDefinition<P> definition, UUID brand) {
        var record = KafkaProbe.find(definition.topic(), r -> brand.toString().equals(r.key()), DELIVERY);
        assertThat(record).as("%s of %s", definition.type(), brand).isPresent();
        return new EventCodec().read(record.get().value(), definition).payload();
    }

    private void insert(UUID id, String certificate, String orgId, String unitName, String district, String brandName, String level) {
        Instant registeredAt = Instant.parse("2022-12-20T08:00:00Z");
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, 'ACTIVE',
                        :certifiedOn, :registeredAt, 0)
                """)
                .param("id", id).param("certificate", certificate).param("applicationId", UUID.randomUUID())
                .param("orgId", orgId).param("unitName", unitName).param("district", district).param("brandName", brandName)
                .param("level", level).param("certifiedOn", LocalDate.of(2022, 12, 20))
                .param("registeredAt", Timestamp.from(registeredAt))
                .update();
    }
}
