package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The stages of 工作进程, given a case, when a step is taken, then where the case stands. */
class ReviewCaseTest {

    private static final Instant NOV_18 = Instant.parse("2022-11-18T06:00:00Z");

    @Test
    void aSubmittedApplicationOpensInTheDistrictQueue() {
        // when
        var opened = ReviewCase.open(UUID.randomUUID(), UUID.randomUUID(), "2022", "912102440580649631", "大连金港人力资源服务有限公司",
                "210211", "大连甘井子金港家政服务师劳务品牌", Set.of(BrandLevel.DISTRICT, BrandLevel.CITY), "applicant-a", NOV_18);

        // then
        assertThat(opened.reviewCase().stage()).isEqualTo(ReviewStage.DISTRICT_REVIEW);
        assertThat(opened.transition().action()).isEqualTo(CaseAction.OPENED);
        assertThat(opened.transition().actor()).isEqualTo("applicant-a");
    }

    @Test
    void theWholeWayFromDistrictReviewToCityLevelCertification() {
        // given a case for both levels
        ReviewCase reviewCase = opened(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));

        // when each stage does its part
        reviewCase = reviewCase.decideAtDistrict(true, true, false, "材料齐全，实地查验属实。", "reviewer-ganjingzi", NOV_18).reviewCase();
        reviewCase = reviewCase.startPublicity("reviewer-ganjingzi", NOV_18, null).reviewCase();
        reviewCase = reviewCase.endPublicity("system", NOV_18).reviewCase();
        reviewCase = reviewCase.reviewAtCity(true, "复审通过。", "city-reviewer", NOV_18).reviewCase();
        UUID brand = UUID.randomUUID();
        var certified = reviewCase.approve(true, BrandLevel.CITY, brand, LocalDate.of(2022, 12, 20), "核准为市级。", "leading-group", NOV_18);

        // then the brand is certified at city level with its new identity
        assertThat(certified.reviewCase().stage()).isEqualTo(ReviewStage.CERTIFIED);
        assertThat(certified.reviewCase().certifiedLevel()).isEqualTo(BrandLevel.CITY);
        assertThat(certified.reviewCase().brandId()).isEqualTo(brand);
        assertThat(certified.transition().from()).isEqualTo(ReviewStage.APPROVAL);
        assertThat(certified.transition().actor()).isEqualTo("leading-group");
    }

    @Test
    void aCaseTheDistrictDoesNotSelectEndsThere() {
        var rejected = opened(Set.of(BrandLevel.DISTRICT)).decideAtDistrict(false, false, false, "培训记录不完整。", "reviewer-ganjingzi", NOV_18);

        assertThat(rejected.reviewCase().stage()).isEqualTo(ReviewStage.REJECTED);
        assertThat(rejected.transition().action()).isEqualTo(CaseAction.DISTRICT_REJECTED);
    }

    @Test
    void theCityLevelCannotBeRecommendedForAUnitThatDidNotApplyForIt() {
        assertThatThrownBy(() -> opened(Set.of(BrandLevel.DISTRICT)).decideAtDistrict(true, true, false, null, "reviewer-ganjingzi", NOV_18))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.CITY_LEVEL_NOT_REQUESTED));
    }

    @Test
    void aUnitWithAnUnfinishedRectificationCannotBeSelected() {
        assertThatThrownBy(() -> opened(Set.of(BrandLevel.DISTRICT)).decideAtDistrict(true, false, true, null, "reviewer-ganjingzi", NOV_18))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.BLOCKED_BY_RISK));
    }

    @Test
    void noNoticeBeforeTheDistrictSelectedTheBrand() {
        assertThatThrownBy(() -> opened(Set.of(BrandLevel.DISTRICT)).startPublicity("reviewer-ganjingzi", NOV_18, null))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.WRONG_STAGE));
    }

    @Test
    void theCityCannotReReviewACaseStillUnderNotice() {
        ReviewCase underNotice = opened(Set.of(BrandLevel.DISTRICT))
                .decideAtDistrict(true, false, false, null, "reviewer-ganjingzi", NOV_18).reviewCase()
                .startPublicity("reviewer-ganjingzi", NOV_18, null).reviewCase();

        assertThatThrownBy(() -> underNotice.reviewAtCity(true, null, "city-reviewer", NOV_18))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("公示");
    }

    @Test
    void theLeadingGroupCannotCertifyAtCityLevelWhatTheDistrictDidNotRecommend() {
        ReviewCase atApproval = opened(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY))
                .decideAtDistrict(true, false, false, null, "reviewer-ganjingzi", NOV_18).reviewCase()
                .startPublicity("reviewer-ganjingzi", NOV_18, null).reviewCase()
                .endPublicity("system", NOV_18).reviewCase()
                .reviewAtCity(true, null, "city-reviewer", NOV_18).reviewCase();

        assertThatThrownBy(() -> atApproval.approve(true, BrandLevel.CITY, UUID.randomUUID(), LocalDate.of(2022, 12, 20), null,
                "leading-group", NOV_18))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.LEVEL_NOT_RECOMMENDED));
        assertThat(atApproval.approve(true, BrandLevel.DISTRICT, UUID.randomUUID(), LocalDate.of(2022, 12, 20), null,
                "leading-group", NOV_18).reviewCase().certifiedLevel()).isEqualTo(BrandLevel.DISTRICT);
    }

    @Test
    void aDistrictDecisionIsMadeOnce() {
        ReviewCase decided = opened(Set.of(BrandLevel.DISTRICT)).decideAtDistrict(true, false, false, null, "reviewer-ganjingzi", NOV_18)
                .reviewCase();

        assertThatThrownBy(() -> decided.decideAtDistrict(false, false, false, null, "reviewer-ganjingzi", NOV_18))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo(ReviewProblem.WRONG_STAGE));
    }

    private static ReviewCase opened(Set<BrandLevel> levels) {
        return ReviewCase.open(UUID.randomUUID(), UUID.randomUUID(), "2022", "912102440580649631", "大连金港人力资源服务有限公司",
                "210211", "大连甘井子金港家政服务师劳务品牌", levels, "applicant-a", NOV_18).reviewCase();
    }
}
