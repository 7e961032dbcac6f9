package cn.dalian.laborbrand.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A unit keeps its own profile through the API: masked in answers, encrypted at rest, refused whole when anything is wrong. */
@PlatformIntegrationTest
class ProfileIT {

    /** 大连新元职业技能培训学校, a unit that has no profile yet (a valid Dalian code of the 金普 area). */
    private static final TestUser XINYUAN = new TestUser("applicant-xinyuan", "马晓东", Set.of(Role.APPLICANT), "91210242MA0YGH36XJ", null);

    private static final String PROFILE = """
            {"creditCode": "91210242MA0YGH36XJ", "legalName": "大连新元职业技能培训学校", "unitType": "TRAINING_INSTITUTION",
             "district": "DLXD01", "address": "大连市金普新区金马路 168 号", "personInCharge": "马晓东", "officePhone": "0411-39281234",
             "mobile": "13998765432", "email": "xinyuan@example.cn",
             "bankAccount": {"accountName": "大连新元职业技能培训学校", "bankName": "大连银行金普新区支行", "number": "800112345678901234"},
             "declarations": ["INDEPENDENT_LEGAL_PERSON", "BRAND_OWNERSHIP", "LAWFUL_OPERATION"]}
            """;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitKeepsItsProfileAndReadsItsPersonalDataMaskedWhileTheDatabaseHoldsItEncrypted() {
        jdbc.sql("DELETE FROM organisation_declaration WHERE org_id = :org").param("org", XINYUAN.orgId()).update();
        jdbc.sql("DELETE FROM organisation_profile WHERE org_id = :org").param("org", XINYUAN.orgId()).update();

        // when 新元 keeps its profile for the first time
        http.put().uri("/api/organisations/me/profile").headers(Tokens.as(XINYUAN)).contentType(MediaType.APPLICATION_JSON)
                .body(PROFILE)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.mobileMasked").isEqualTo("139****5432")
                .jsonPath("$.bankAccount.numberMasked").isEqualTo("8001 **** **** 1234")
                .jsonPath("$.declarations.length()").isEqualTo(3)
                .jsonPath("$.declarations[0].declaredBy").isEqualTo("applicant-xinyuan")
                .jsonPath("$.missingDeclarations.length()").isEqualTo(0);

        // then the database holds neither the mobile nor the account number in clear
        String row = jdbc.sql("SELECT mobile_encrypted || bank_account_encrypted FROM organisation_profile WHERE org_id = :org")
                .param("org", XINYUAN.orgId()).query(String.class).single();
        assertThat(row).doesNotContain("13998765432").doesNotContain("800112345678901234");

        // and a change names the version it edits
        http.put().uri("/api/organisations/me/profile").headers(Tokens.as(XINYUAN)).contentType(MediaType.APPLICATION_JSON)
                .body(PROFILE.replace("金马路 168 号", "金马路 170 号"))
                .exchange()
                .expectStatus().isEqualTo(428);
        // leaving the masked mobile and account number empty keeps them
        http.put().uri("/api/organisations/me/profile").headers(Tokens.as(XINYUAN)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(PROFILE.replace("金马路 168 号", "金马路 170 号").replace("\"mobile\": \"13998765432\",", "")
                        .replace(", \"number\": \"800112345678901234\"", ""))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.address").isEqualTo("大连市金普新区金马路 170 号")
                .jsonPath("$.mobileMasked").isEqualTo("139****5432")
                .jsonPath("$.bankAccount.numberMasked").isEqualTo("8001 **** **** 1234");
    }

    @Test
    void aProfileNamingAnotherOrganisationIsRefusedAndNothingWritten() {
        // 金港's person types 新元's code
        http.put().uri("/api/organisations/me/profile").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(PROFILE)
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ORG_ID_MISMATCH");
        assertThat(jdbc.sql("SELECT legal_name FROM organisation_profile WHERE org_id = :org").param("org", TestUser.APPLICANT_A.orgId())
                .query(String.class).single()).isEqualTo("大连金港人力资源服务有限公司");
    }

    @Test
    void eachWrongPartIsRefusedWithItsStableCodeInChinese() {
        expectRefusal(PROFILE.replace("91210242MA0YGH36XJ", "91210242MA0YGH36XK"), 422, "CREDIT_CODE_INVALID", "校验位");
        expectRefusal(PROFILE.replace("\"district\": \"DLXD01\"", "\"district\": \"110105\""), 422, "DISTRICT_UNKNOWN", "不是大连市的区市县或先导区");
        expectRefusal(PROFILE.replace("\"accountName\": \"大连新元职业技能培训学校\"", "\"accountName\": \"马晓东\""), 422, "BANK_ACCOUNT_NAME_MISMATCH",
                "补贴只拨付到以本单位名称开立的账户");
        expectRefusal(PROFILE.replace("13998765432", "1399876543"), 400, "VALIDATION_FAILED", "手机号码应为 11 位数字");
    }

    @Test
    void anyoneReadsTheDistrictsAndPilotZonesAndOnlyAnOperatorChangesThem() {
        http.get().uri("/api/public/districts")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(14)
                .jsonPath("$[3].name").isEqualTo("甘井子区")
                .jsonPath("$[?(@.code == 'DLXD02')].shortName").isEqualTo(java.util.List.of("高新区"));

        String change = "{\"name\": \"花园口经济区\", \"shortName\": \"花园口\", \"acceptingApplications\": false}";
        http.put().uri("/api/districts/DLXD04").headers(Tokens.as(TestUser.APPLICANT_A)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"").body(change)
                .exchange()
                .expectStatus().isForbidden();
        http.put().uri("/api/districts/DLXD04").headers(Tokens.as(TestUser.OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"").body(change)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.acceptingApplications").isEqualTo(false);

        // a unit may no longer register there
        expectRefusal(PROFILE.replace("\"district\": \"DLXD01\"", "\"district\": \"DLXD04\""), 422, "DISTRICT_NOT_ACCEPTING", "花园口经济区目前不受理");
        http.put().uri("/api/districts/DLXD04").headers(Tokens.as(TestUser.OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"1\"").body(change.replace("false", "true"))
                .exchange()
                .expectStatus().isOk();
    }

    private void expectRefusal(String body, int status, String code, String detailPart) {
        http.put().uri("/api/organisations/me/profile").headers(Tokens.as(XINYUAN)).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$").value(Object.class, problem -> assertThat(problem.toString()).contains(detailPart));
    }
}
