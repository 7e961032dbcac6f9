package cn.dalian.laborbrand.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.evidence.EvidenceService;
import cn.dalian.laborbrand.application.evidence.Materials;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.platform.test.ListPages;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class IntakeIT {

    private static final String DRAFT = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "requestedLevels": ["DISTRICT", "CITY"]}
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Autowired
    EvidenceService evidence;

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    @Test
    void aDraftBelongsToTheApplicantsOrganisationAndTheDistrictOfItsProfile() {
        // when 大连金港人力资源服务有限公司 (its profile: 甘井子区) opens a draft
        var created = openDraft(TestUser.APPLICANT_A, DRAFT);

        // then it is stored under its own organisation and district, as a draft of the campaign open now (the demo one)
        assertThat(created.orgId()).isEqualTo("912102440580649631");
        assertThat(created.district()).isEqualTo("210211");
        assertThat(created.campaign()).isEqualTo("2026");
        assertThat(created.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(created.createdBy()).isEqualTo("applicant-a");
        http.get().uri("/api/applications/" + created.id())
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.brandName").isEqualTo("大连甘井子金港家政服务师劳务品牌");
    }

    @Test
    void aTokenWhoseOrgIdIsNoValidCreditCodeActsForNoUnit() {
        // given a token naming 金港's code with its last digit mistyped (the check character no longer fits)
        TestUser mistyped = new TestUser("applicant-x", "王丽", Set.of(Role.APPLICANT), "912102440580649632", "210211");

        http.get().uri("/api/applications").headers(Tokens.as(mistyped))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("您的账号关联的申报单位代码不是有效的统一社会信用代码，请联系管理员核实。");
        Integer drafts = jdbc.sql("SELECT count(*) FROM application WHERE org_id = '912102440580649632'").query(Integer.class).single();
        http.post().uri("/api/applications").headers(Tokens.as(mistyped)).contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT)
                .exchange()
                .expectStatus().isForbidden();
        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE org_id = '912102440580649632'").query(Integer.class).single())
                .isEqualTo(drafts);
    }

    @Test
    void anyoneReadsTheCampaignOpenNowWithItsWindowAndYears() {
        http.get().uri("/api/public/campaigns/current")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.code").isEqualTo("2026")
                .jsonPath("$.open").isEqualTo(true)
                .jsonPath("$.declaredYears").isEqualTo(List.of(2021, 2022));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedNamingTheWindowAndLeavesTheDraftAsItWas() {
        // given a complete draft opened on 15 November 2022, in the 2022 campaign
        PlatformTestInfrastructure.clock().setTo(Instant.parse("2022-11-15T02:00:00Z"));
        var created = openDraft(TestUser.APPLICANT_A, Drafts.COMPLETE);
        assertThat(created.campaign()).isEqualTo("2022");
        Materials.provideMandatory(http, evidence, TestUser.APPLICANT_A, created.id());

        // when the unit submits it on 23 November, the day after the deadline
        PlatformTestInfrastructure.clock().setTo(Instant.parse("2022-11-23T02:00:00Z"));
        http.post().uri("/api/applications/" + created.id() + "/submit")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("APPLICATION_INCOMPLETE")
                .jsonPath("$.findings[0].code").isEqualTo("CAMPAIGN_WINDOW_CLOSED")
                .jsonPath("$.findings[0].message").isEqualTo("2022年度劳务品牌申报认定的申报时间为2022年11月10日至2022年11月22日，已于2022年11月22日截止。");

        // then it stays a draft
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", created.id()).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void aUnitWithoutProfileIsAskedToKeepItBeforeItOpensADraft() {
        // 大连庄河远航船舶修造有限公司, a valid code no profile was ever kept for
        TestUser newUnit = new TestUser("applicant-new", "林海", Set.of(Role.APPLICANT), "91210283MA0TD71X8G", null);

        http.post().uri("/api/applications").headers(Tokens.as(newUnit)).contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT)
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("PROFILE_MISSING");
    }

    @Test
    void theCheckListsEverythingToPutRightWithTheNameChecksOfBothLevels() {
        var created = openDraft(TestUser.APPLICANT_A, DRAFT.replace("大连甘井子金港家政服务师劳务品牌", "大连金港家政服务师"));

        http.get().uri("/api/applications/" + created.id() + "/checks").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ready").isEqualTo(false)
                .jsonPath("$.findings[?(@.code == 'YEAR_MISSING')]").exists()
                .jsonPath("$.findings[?(@.code == 'PLACE_MISSING' && @.field == 'brandName')]").exists()
                .jsonPath("$.findings[?(@.code == 'NAME_MUST_END_WITH_LABOUR_BRAND')]").exists()
                .jsonPath("$.findings[?(@.code == 'CITY_BRAND_NAME_MISSING' && @.field == 'cityBrandName')]").exists()
                .jsonPath("$.nameChecks[0].level").isEqualTo("DISTRICT")
                .jsonPath("$.nameChecks[0].passed").isEqualTo(false);

        // and the district's reviewer sees the same, the other district's does not see the application at all
        http.get().uri("/api/applications/" + created.id() + "/checks").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.findings[?(@.code == 'PLACE_MISSING')]").exists();
        http.get().uri("/api/applications/" + created.id() + "/checks").headers(Tokens.as(TestUser.REVIEWER_JINZHOU))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aSubmissionWhoseNameBreaksTheRuleIsRefusedWithTheFindingAndStaysADraft() {
        var created = openDraft(TestUser.APPLICANT_A, Drafts.COMPLETE.replace("\"大连甘井子金港家政服务师劳务品牌\"", "\"大连甘井子金港家政服务师品牌\""));
        Materials.provideMandatory(http, evidence, TestUser.APPLICANT_A, created.id());

        http.post().uri("/api/applications/" + created.id() + "/submit").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("APPLICATION_INCOMPLETE")
                .jsonPath("$.findings[0].code").isEqualTo("NAME_MUST_END_WITH_LABOUR_BRAND")
                .jsonPath("$.findings[0].field").isEqualTo("brandName");
        assertThat(jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", created.id()).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void whenEligibilityServiceCannotBeAskedTheCheckSaysSoAndStillLetsTheUnitSubmit() {
        // given a complete application, and no eligibility-service to ask (this test runs the service alone)
        var created = openDraft(TestUser.APPLICANT_A, Drafts.COMPLETE);
        Materials.provideMandatory(http, evidence, TestUser.APPLICANT_A, created.id());

        http.get().uri("/api/applications/" + created.id() + "/checks").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ready").isEqualTo(true)
                .jsonPath("$.eligibilityPreview.available").isEqualTo(false)
                .jsonPath("$.eligibilityPreview.unavailableReason").value(String.class, reason -> assertThat(reason).contains("不影响提交"));
        http.post().uri("/api/applications/" + created.id() + "/submit").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aNameIsCheckedAsTheUnitTypesIt() {
        http.get().uri("/api/applications/name-check?level=CITY&name={name}", "大连甘井子金港家政服务师劳务品牌")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.passed").isEqualTo(false)
                .jsonPath("$.findings[0].code").isEqualTo("PLACE_NOT_ALLOWED_AT_CITY_LEVEL")
                .jsonPath("$.expectedPattern").value(String.class, pattern -> assertThat(pattern).contains("企业名号"));
    }

    @Test
    void aDescriptionOfTwoThousandAndOneCharactersIsRefusedAndNothingWritten() {
        Integer before = jdbc.sql("SELECT count(*) FROM application").query(Integer.class).single();

        http.post().uri("/api/applications").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT.replace("\"requestedLevels\"", "\"description\": \"" + "劳".repeat(2001) + "\", \"requestedLevels\""))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("DESCRIPTION_TOO_LONG")
                .jsonPath("$.detail").isEqualTo("品牌简介不能超过 2000 字，当前为 2001 字。");
        assertThat(jdbc.sql("SELECT count(*) FROM application").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anotherOrganisationCannotSeeTheDraftNorLearnThatItExists() {
        // given a draft of org A
        var created = openDraft(TestUser.APPLICANT_A, DRAFT);

        // when org B asks for it, then it does not exist for B
        http.get().uri("/api/applications/" + created.id())
                .headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");

        // and B's own list does not show it
        http.get().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_B))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + created.id() + "')]").doesNotExist();
    }

    @Test
    void aRefusedDraftLeavesNothingBehind() {
        Integer before = jdbc.sql("SELECT count(*) FROM application").query(Integer.class).single();

        // when the unit asks for the city level alone
        http.post().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"brandName": "大连金港家政服务师劳务品牌", "requestedLevels": ["CITY"]}
                        """)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("CITY_WITHOUT_DISTRICT")
                .jsonPath("$.field").isEqualTo("requestedLevels")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("同时申报区级"));

        // then nothing was written
        assertThat(jdbc.sql("SELECT count(*) FROM application").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aCompleteApplicationIsSubmittedAndCanNoLongerBeChanged() {
        // given a complete application of 大连金港人力资源服务有限公司, with its materials
        var created = openDraft(TestUser.APPLICANT_A, Drafts.COMPLETE);
        Materials.provideMandatory(http, evidence, TestUser.APPLICANT_A, created.id());

        // when the unit submits it
        http.post().uri("/api/applications/" + created.id() + "/submit")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.submittedBy").isEqualTo("applicant-a")
                .jsonPath("$.declaredYears.length()").isEqualTo(2);

        // then a revision is refused as a conflict with the submitted state
        http.put().uri("/api/applications/" + created.id())
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT)
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("APPLICATION_NOT_EDITABLE");
    }

    @Test
    void anEditNamesTheVersionItEditsAndAStaleOneIsRefusedUnchanged() {
        // given a draft read at version 0 by two people of the unit
        var created = openDraft(TestUser.APPLICANT_A, DRAFT);
        http.get().uri("/api/applications/" + created.id()).headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");

        // when the first saves a correction of the brand name
        http.put().uri("/api/applications/" + created.id()).headers(Tokens.as(TestUser.APPLICANT_A))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT.replace("家政服务师", "育婴师"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.version").isEqualTo(1);

        // then the second, still editing version 0, is refused and overwrites nothing
        http.put().uri("/api/applications/" + created.id()).headers(Tokens.as(TestUser.APPLICANT_A))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT.replace("家政服务师", "月嫂"))
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PRECONDITION_FAILED")
                .jsonPath("$.currentVersion").isEqualTo(1);
        assertThat(jdbc.sql("SELECT brand_name FROM application WHERE id = :id").param("id", created.id()).query(String.class).single())
                .isEqualTo("大连甘井子金港育婴师劳务品牌");

        // and an edit that names no version is refused too
        http.put().uri("/api/applications/" + created.id()).headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT)
                .exchange()
                .expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.code").isEqualTo("PRECONDITION_REQUIRED");
    }

    @Test
    void theUnitsListIsPagedNewestFirst() {
        // given three drafts of 大连海湾职业培训学校 (金州区)
        for (String belonging : List.of("roster_employer", "roster_import", "material_file")) { // what other tests gave its applications
            jdbc.sql("DELETE FROM " + belonging + " WHERE application_id IN (SELECT id FROM application WHERE org_id = :org)")
                    .param("org", TestUser.APPLICANT_B.orgId()).update();
        }
        jdbc.sql("DELETE FROM application WHERE org_id = :org").param("org", TestUser.APPLICANT_B.orgId()).update();
        var first = openDraft(TestUser.APPLICANT_B, DRAFT.replace("甘井子金港家政服务师", "金州海湾焊工"));
        var second = openDraft(TestUser.APPLICANT_B, DRAFT.replace("甘井子金港家政服务师", "金州海湾电工"));
        var third = openDraft(TestUser.APPLICANT_B, DRAFT.replace("甘井子金港家政服务师", "金州海湾钳工"));

        // when the unit reads two at a time
        var pages = ListPages.walk(http, "/api/applications?limit=2", TestUser.APPLICANT_B);
        JsonNode firstPage = pages.get(0);
        JsonNode secondPage = pages.get(1);

        // then the newest two come first, with the count, and the third on the next and last page, with its years
        assertThat(firstPage.get("items").valueStream().map(item -> item.get("id").asString()))
                .containsExactly(third.id().toString(), second.id().toString());
        assertThat(firstPage.get("total").asInt()).isEqualTo(3);
        assertThat(secondPage.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly(first.id().toString());
        assertThat(secondPage.get("next").isNull()).isTrue();
        assertThat(pages).hasSize(2);
    }

    @Test
    void anIncompleteApplicationIsRefusedWithWhatIsMissing() {
        var created = openDraft(TestUser.APPLICANT_A, DRAFT);

        http.post().uri("/api/applications/" + created.id() + "/submit")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("APPLICATION_INCOMPLETE")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("2021 年度").contains("2022 年度"))
                .jsonPath("$.findings[?(@.code == 'DESCRIPTION_MISSING')]").exists();
    }

    @Test
    void aRateAboveOneHundredPercentIsRefusedForItsField() {
        http.post().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Drafts.COMPLETE.replace("\"trainingPassRatePercent\": 86.5", "\"trainingPassRatePercent\": 186.5"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("declaredYears[0].trainingPassRatePercent")
                .jsonPath("$.errors[0].message").isEqualTo("培训合格率应在 0 至 100 之间");
    }

    @Test
    void aBodyThatIsNotJsonIsAnsweredAsMalformed() {
        http.post().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"brandName\": \"大连海湾月嫂")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void anApplicantTokenWithoutOrganisationIsRefused() {
        var withoutOrg = new TestUser("applicant-no-org", "无单位", TestUser.APPLICANT_A.roles(), null, "210211");
        http.post().uri("/api/applications")
                .headers(Tokens.as(withoutOrg))
                .contentType(MediaType.APPLICATION_JSON)
                .body(DRAFT)
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("orgId"));
    }

    private ApplicationView openDraft(TestUser applicant, String body) {
        return http.post().uri("/api/applications")
                .headers(Tokens.as(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(ApplicationView.class).returnResult().getResponseBody();
    }
}
