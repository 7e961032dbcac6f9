package cn.dalian.laborbrand.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.platform.test.ListPages;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class IntakeIT {

    private static final String DRAFT = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "unitName": "大连金港人力资源服务有限公司",
             "unitType": "HR_SERVICE_AGENCY", "requestedLevels": ["DISTRICT", "CITY"]}
            """;

    static final String COMPLETE = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "unitName": "大连金港人力资源服务有限公司",
             "unitType": "HR_SERVICE_AGENCY", "requestedLevels": ["DISTRICT", "CITY"],
             "declaredYears": [
               {"year": 2021, "trainedCount": 1120, "trainingPassRatePercent": 86.5, "employedCount": 1050,
                "speciallyTrainedSharePercent": 62.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
               {"year": 2022, "trainedCount": 1280, "trainingPassRatePercent": 88.2, "employedCount": 1190,
                "speciallyTrainedSharePercent": 65.4, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
             "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                "collectiveContractInForce": true, "labourRelationsCoordinators": 2, "massLabourDisputeOccurred": false}}
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Test
    void aDraftBelongsToTheApplicantsOrganisationAndDistrict() {
        // when 大连金港人力资源服务有限公司 (甘井子区) opens a draft
        var created = openDraft(TestUser.APPLICANT_A, DRAFT);

        // then it is stored under its own organisation and district, as a draft of the current campaign
        assertThat(created.orgId()).isEqualTo("912102440580649631");
        assertThat(created.district()).isEqualTo("210211");
        assertThat(created.campaign()).isEqualTo("2022");
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
    void theFormAsksForTheYearsOfTheCurrentCampaign() {
        http.get().uri("/api/applications/current-campaign").headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.current").isEqualTo("2022")
                .jsonPath("$.declaredYears").isEqualTo(List.of(2021, 2022));
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

        // when the unit type is not one the notice knows
        http.post().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"brandName": "大连海湾月嫂劳务品牌", "unitName": "大连海湾家政服务有限公司", "unitType": "FACTORY", "requestedLevels": ["DISTRICT"]}
                        """)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("unitType")
                .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message).contains("HR_SERVICE_AGENCY"));

        // then nothing was written
        assertThat(jdbc.sql("SELECT count(*) FROM application").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aCompleteApplicationIsSubmittedAndCanNoLongerBeChanged() {
        // given a complete application of 大连金港人力资源服务有限公司
        var created = openDraft(TestUser.APPLICANT_A, COMPLETE);

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
        jdbc.sql("DELETE FROM application WHERE org_id = :org").param("org", TestUser.APPLICANT_B.orgId()).update();
        var first = openDraft(TestUser.APPLICANT_B, DRAFT.replace("金港家政服务师", "海湾焊工"));
        var second = openDraft(TestUser.APPLICANT_B, DRAFT.replace("金港家政服务师", "海湾电工"));
        var third = openDraft(TestUser.APPLICANT_B, DRAFT.replace("金港家政服务师", "海湾钳工"));

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
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("2021 年度").contains("2022 年度"));
    }

    @Test
    void aRateAboveOneHundredPercentIsRefusedForItsField() {
        http.post().uri("/api/applications")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .contentType(MediaType.APPLICATION_JSON)
                .body(COMPLETE.replace("\"trainingPassRatePercent\": 86.5", "\"trainingPassRatePercent\": 186.5"))
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
