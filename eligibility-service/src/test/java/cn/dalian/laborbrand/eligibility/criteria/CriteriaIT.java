package cn.dalian.laborbrand.eligibility.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.eligibility.PublishedCampaigns;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class CriteriaIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void applicationServiceHasPublishedThe2022Campaign() {
        PublishedCampaigns.ensureKnown(jdbc, PublishedCampaigns.CAMPAIGN_2022);
    }

    @Test
    void the2022CampaignCarriesTheThresholdsOfTheNotice() {
        // when an applicant reads the criteria of the 2022 campaign (大就办发〔2022〕9号)
        http.get().uri("/api/eligibility/campaigns/2022/criteria")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                // then the campaign, as application-service published it, asks for 2021 and 2022
                .jsonPath("$.campaign.title").isEqualTo("2022年度劳务品牌申报认定")
                .jsonPath("$.campaign.declaredYears").isEqualTo(List.of(2021, 2022))
                .jsonPath("$.campaign.ruleSet").isEqualTo("2022/v1")
                // and its deadlines are application-service's to show, not repeated here
                .jsonPath("$.campaign.applicationDeadline").doesNotExist()
                .jsonPath("$.campaign.noticeReference").doesNotExist()
                // and every bar is the notice's
                .jsonPath("$.criteria[?(@.criterion == 'TRAINED_COUNT')].levels.DISTRICT.text").isEqualTo("≥ 500 人")
                .jsonPath("$.criteria[?(@.criterion == 'TRAINED_COUNT')].levels.CITY.text").isEqualTo("≥ 1000 人")
                .jsonPath("$.criteria[?(@.criterion == 'TRAINING_PASS_RATE')].levels.DISTRICT.text").isEqualTo("> 80%")
                .jsonPath("$.criteria[?(@.criterion == 'TRAINING_PASS_RATE')].levels.CITY.comparison").isEqualTo("GREATER_THAN")
                .jsonPath("$.criteria[?(@.criterion == 'EMPLOYED_COUNT')].levels.DISTRICT.text").isEqualTo("≥ 500 人")
                .jsonPath("$.criteria[?(@.criterion == 'EMPLOYED_COUNT')].levels.CITY.text").isEqualTo("≥ 1000 人")
                .jsonPath("$.criteria[?(@.criterion == 'SPECIALLY_TRAINED_SHARE')].levels.CITY.text").isEqualTo("≥ 50%")
                .jsonPath("$.criteria[?(@.criterion == 'CONTRACT_SIGNING_RATE')].levels.DISTRICT.text").isEqualTo("≥ 100%")
                .jsonPath("$.criteria[?(@.criterion == 'EMPLOYMENT_FILING_RATE')].levels.CITY.text").isEqualTo("≥ 100%")
                .jsonPath("$.criteria[?(@.criterion == 'COLLECTIVE_CONTRACT')].levels.CITY.text").isEqualTo("须具备")
                .jsonPath("$.criteria[?(@.criterion == 'LABOUR_RELATIONS_COORDINATOR')].levels.DISTRICT.text").isEqualTo("须具备")
                .jsonPath("$.criteria[?(@.criterion == 'NO_MASS_LABOUR_DISPUTE')].levels.DISTRICT.text").isEqualTo("须具备")
                .jsonPath("$.criteria.length()").isEqualTo(9);
    }

    @Test
    void theDemoCampaignIsJudgedByThe2022ThresholdsCopiedNotWrittenAgain() {
        // given the demo data (on in the tests, as in the embedded run) with its campaign 2026 「沿用2022年度标准」

        // when its thresholds are held against those of the 2022 campaign
        List<String> differences = jdbc.sql("""
                (SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = '2026'
                 EXCEPT SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = '2022')
                UNION ALL
                (SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = '2022'
                 EXCEPT SELECT criterion, level, comparison, threshold FROM criterion_threshold WHERE campaign = '2026')
                """).query((row, n) -> row.getString("criterion") + "/" + row.getString("level")).list();

        // then they are the same, every one of the 18, at criteria version 1
        assertThat(differences).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM criterion_threshold WHERE campaign = '2026'").query(Long.class).single()).isEqualTo(18);
        assertThat(jdbc.sql("SELECT criteria_version FROM campaign WHERE code = '2026'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownCampaignIsAnsweredNotFoundInChinese() {
        http.get().uri("/api/eligibility/campaigns/2030/criteria")
                .headers(Tokens.as(TestUser.CITY_REVIEWER))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.detail").isEqualTo("未找到 2030 年度的申报批次。");
    }
}
