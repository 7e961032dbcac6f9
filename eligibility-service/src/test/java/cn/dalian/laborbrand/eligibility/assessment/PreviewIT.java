package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.eligibility.PublishedCampaigns;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** The criteria applied to figures before submission: the same results an assessment gives, nothing stored. */
@PlatformIntegrationTest
class PreviewIT {

    /** 大连海湾职业培训学校's figures: above the district bar in both years, below the city bar. */
    private static final String FIGURES = """
            {"campaign": "2022", "requestedLevels": ["DISTRICT", "CITY"],
             "declaredYears": [
               {"year": 2021, "trainedCount": 640, "trainingPassRatePercent": 91.0, "employedCount": 560,
                "speciallyTrainedSharePercent": 55.0, "lostDisputeCases": 1, "unfinishedRectifications": 0},
               {"year": 2022, "trainedCount": 710, "trainingPassRatePercent": 92.5, "employedCount": 605,
                "speciallyTrainedSharePercent": 58.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
             "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                "collectiveContractInForce": true, "labourRelationsCoordinators": 1, "massLabourDisputeOccurred": false}}
            """;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCampaignOf2022IsKnown() {
        PublishedCampaigns.ensureKnown(jdbc, PublishedCampaigns.CAMPAIGN_2022);
    }

    @Test
    void declaredFiguresAreMeasuredAgainstEachLevelAsAnAssessmentWouldAndNothingIsStored() {
        Integer before = jdbc.sql("SELECT count(*) FROM assessment").query(Integer.class).single();

        http.post().uri("/api/eligibility/preview").headers(Tokens.as(TestUser.APPLICANT_B)).contentType(MediaType.APPLICATION_JSON)
                .body(FIGURES)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ruleSet").isEqualTo("2022/v1")
                .jsonPath("$.levelsMet").isEqualTo(List.of("DISTRICT"))
                .jsonPath("$.levels[?(@.level == 'CITY')].met").isEqualTo(List.of(false))
                .jsonPath("$.riskFlags[0].code").isEqualTo("LOST_DISPUTE_CASES");

        assertThat(jdbc.sql("SELECT count(*) FROM assessment").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void figuresWithoutTheirYearsOrOfAnUnknownCampaignAreRefusedInChinese() {
        http.post().uri("/api/eligibility/preview").headers(Tokens.as(TestUser.APPLICANT_B)).contentType(MediaType.APPLICATION_JSON)
                .body(FIGURES.substring(0, FIGURES.indexOf("\"declaredYears\"")) + "\"declaredYears\": [], "
                        + FIGURES.substring(FIGURES.indexOf("\"labourPractice\"")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("declaredYears");
        http.post().uri("/api/eligibility/preview").headers(Tokens.as(TestUser.APPLICANT_B)).contentType(MediaType.APPLICATION_JSON)
                .body(FIGURES.replace("\"campaign\": \"2022\"", "\"campaign\": \"2019\""))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("申报批次 2019 尚未设定认定标准。");
    }

    @Test
    void onlyThePlatformsPeopleMayPreview() {
        http.post().uri("/api/eligibility/preview").headers(Tokens.as(TestUser.FINANCE_CLERK)).contentType(MediaType.APPLICATION_JSON)
                .body(FIGURES)
                .exchange()
                .expectStatus().isForbidden();
    }
}
