package cn.dalian.laborbrand.eligibility.criteria;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class CriteriaIT {


    @Autowired
    RestTestClient http;

    @Test
    void the2022CampaignCarriesTheThresholdsOfTheNotice() {
        // when an applicant reads the criteria of the 2022 campaign (大就办发〔2022〕9号)
        http.get().uri("/api/eligibility/campaigns/2022/criteria")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                // then the campaign asks for 2021 and 2022, applications by 22 Nov, forwarding by 2 Dec
                .jsonPath("$.campaign.declaredYears").isEqualTo(java.util.List.of(2021, 2022))
                .jsonPath("$.campaign.applicationDeadline").isEqualTo("2022-11-22")
                .jsonPath("$.campaign.forwardingDeadline").isEqualTo("2022-12-02")
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
