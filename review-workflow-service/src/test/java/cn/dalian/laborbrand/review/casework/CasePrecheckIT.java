package cn.dalian.laborbrand.review.casework;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.campaign.CampaignTermsFixture;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;

/** The pre-check a reviewer reads with a case is the assessment as eligibility-service published it, whole. */
@PlatformIntegrationTest
class CasePrecheckIT {

    @Autowired
    CaseworkService casework;

    @Autowired
    CampaignTermsService campaigns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void theCampaignOf2022() {
        CampaignTermsFixture.campaign2022Published(campaigns);
    }

    @Test
    void anAssessmentOnTheRosterKeepsItsBasisAndItsCountedFiguresInTheCaseAReviewerReads() {
        // given the case of 大连金港人力资源服务有限公司's application
        ApplicationSubmitted submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        UUID caseId = casework.open(submitted).orElseThrow().id();

        // when eligibility-service publishes its assessment on the roster (EligibilityAssessed 1.1)
        EligibilityAssessed assessed = onTheRoster(submitted.applicationId());
        KafkaProbe.send(EligibilityEvents.ASSESSED_TOPIC, SampleEvents.subjectOf(assessed), SampleEvents.message(EligibilityEvents.ASSESSED, assessed));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT count(*) FROM case_assessment WHERE application_id = :id")
                .param("id", submitted.applicationId()).query(Long.class).single() == 1);

        // then the district's reviewer reads the basis, the counted figures and whether they support the declaration
        http.get().uri("/api/reviews/cases/" + caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.precheck.levelsMet").isEqualTo(List.of("CITY"))
                .jsonPath("$.precheck.blocking").isEqualTo(false)
                .jsonPath("$.precheck.result.basis").isEqualTo("ROSTER")
                .jsonPath("$.precheck.result.levels[0].criteria[0].declared").isEqualTo("1280 人")
                .jsonPath("$.precheck.result.levels[0].criteria[0].counted").isEqualTo("1261 人")
                .jsonPath("$.precheck.result.levels[0].criteria[0].supported").isEqualTo(false)
                .jsonPath("$.precheck.result.levels[0].criteria[0].explanation")
                .isEqualTo("2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持；按花名册 1261 人计，达到市级标准（≥ 1000 人）。")
                .jsonPath("$.precheck.result.levels[0].criteria[1].supported").doesNotExist()
                .jsonPath("$.precheck.result.riskFlags[0].code").isEqualTo("DECLARATION_NOT_SUPPORTED")
                .jsonPath("$.precheck.result.riskFlags[1].code").isEqualTo("SHARED_WORKERS");
    }

    private static EligibilityAssessed onTheRoster(UUID applicationId) {
        return new EligibilityAssessed(applicationId, "2022", "912102440580649631", "210211", "2022/v1",
                List.of(new EligibilityAssessed.LevelResult(BrandLevel.CITY, true, List.of(
                        new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2022, true, "1280 人", "≥ 1000 人",
                                "2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持；按花名册 1261 人计，达到市级标准（≥ 1000 人）。",
                                "1261 人", false),
                        new EligibilityAssessed.CriterionResult("COLLECTIVE_CONTRACT", "劳动规章制度健全，建立集体协商和集体合同制度", null, true,
                                "是", "须具备", "劳动规章制度健全，建立集体协商和集体合同制度：是，符合市级标准。", null, null)))),
                Set.of(BrandLevel.CITY),
                List.of(new EligibilityAssessed.RiskFlag("DECLARATION_NOT_SUPPORTED",
                                "2022 年申报培训人数 1280 人，花名册核实 1261 人，申报数据未得到花名册支持，请核实。", false),
                        new EligibilityAssessed.RiskFlag("SHARED_WORKERS", "花名册中有 3 名务工人员同时被其他申报或已认定品牌计入，请核实。", false)),
                Instant.now(), "ROSTER");
    }
}
