package cn.dalian.laborbrand.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** Finance staff read a unit's bank account in full (the demo profile of 大连金港), every read recorded; nobody else can. */
@PlatformIntegrationTest
class PayeeAccountIT {

    private static final String JINGANG = "912102440580649631";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noReadsYet() {
        jdbc.sql("DELETE FROM payee_account_disclosure").update();
    }

    @Test
    void aFinanceClerkReadsTheUnitsAccountInFullAndTheReadIsRecorded() {
        http.get().uri("/api/organisations/" + JINGANG + "/payee-account").headers(Tokens.as(TestUser.FINANCE_CLERK)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accountName").isEqualTo("大连金港人力资源服务有限公司")
                .jsonPath("$.bankName").isEqualTo("中国工商银行大连甘井子支行")
                .jsonPath("$.number").isEqualTo("3400200109000123456");

        assertThat(jdbc.sql("SELECT org_id || ' ' || disclosed_to || ' ' || role FROM payee_account_disclosure").query(String.class).list())
                .containsExactly(JINGANG + " finance-clerk FINANCE_CLERK");
    }

    @Test
    void aUnitWithoutAProfileHasNoAccount() {
        http.get().uri("/api/organisations/91210213MA0Y7K2P4R/payee-account").headers(Tokens.as(TestUser.FINANCE_APPROVER)).exchange()
                .expectStatus().isNotFound();
        assertThat(jdbc.sql("SELECT count(*) FROM payee_account_disclosure").query(Long.class).single()).isZero();
    }

    @Test
    void nobodyButFinanceStaffReadsAUnitsAccountNotEvenTheUnitItself() {
        for (TestUser other : new TestUser[] {TestUser.APPLICANT_A, TestUser.CITY_REVIEWER, TestUser.REVIEWER_GANJINGZI}) {
            http.get().uri("/api/organisations/" + JINGANG + "/payee-account").headers(Tokens.as(other)).exchange().expectStatus().isForbidden();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM payee_account_disclosure").query(Long.class).single()).isZero();
    }
}
