package cn.dalian.laborbrand.review.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.review.inspection.InspectionFixture;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

/**
 * What a district decision waits for, for the tests whose subject is a later step: the pre-check (meeting the levels
 * given) and a concluded on-site inspection (查验属实) through the API.
 */
public final class DecisionFixture {

    private DecisionFixture() {
    }

    /** An assessment of the application that met exactly these levels, with no risk flag. */
    public static EligibilityAssessed assessment(UUID applicationId, Set<BrandLevel> met) {
        return new EligibilityAssessed(applicationId, "2022", "912102440580649631", "210211", "2022/v1",
                met.stream().sorted().map(level -> new EligibilityAssessed.LevelResult(level, true, List.of(
                        new EligibilityAssessed.CriterionResult("TRAINED_COUNT", "培训人数", 2021, true, "1120 人",
                                level == BrandLevel.CITY ? "≥ 1000 人" : "≥ 500 人", "2021 年培训人数 1120 人，达到" + level.label() + "标准。",
                                null, null))))
                        .toList(),
                met, List.of(), Instant.now(), "DECLARED");
    }

    /** The case of the application is pre-checked (meeting the levels) and inspected by its district bureau. */
    public static void readyToDecide(PrecheckService prechecks, RestTestClient http, ApplicationSubmitted submitted, UUID caseId,
            Set<BrandLevel> met, TestUser districtBureau) {
        readyToDecide(prechecks, http, submitted.applicationId(), caseId, met, districtBureau);
    }

    public static void readyToDecide(PrecheckService prechecks, RestTestClient http, UUID applicationId, UUID caseId, Set<BrandLevel> met,
            TestUser districtBureau) {
        prechecks.save(assessment(applicationId, met));
        InspectionFixture.concludedAsConfirmed(http, caseId, districtBureau);
    }
}
