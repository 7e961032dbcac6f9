package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

class ReviewerScopeTest {

    @Test
    void aDistrictBureauSeesItsOwnDistrictAtEveryStage() {
        // given the reviewer of 甘井子区
        ReviewerScope scope = ReviewerScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.of("210211"));

        // then only that district, and every stage from its own review to the outcome
        assertThat(scope.district()).contains("210211");
        assertThat(scope.visibleStages(Optional.empty())).containsExactlyInAnyOrder(ReviewStage.values());
    }

    @Test
    void theCityBureauSeesWhatEveryDistrictForwarded() {
        ReviewerScope scope = ReviewerScope.of(Set.of(Role.CITY_REVIEWER), Optional.empty());

        assertThat(scope.district()).isEmpty();
        assertThat(scope.visibleStages(Optional.empty()))
                .containsExactlyInAnyOrder(ReviewStage.CITY_REVIEW, ReviewStage.APPROVAL, ReviewStage.CERTIFIED);
    }

    @Test
    void theLeadingGroupOfficeSeesLikeTheCityBureau() {
        assertThat(ReviewerScope.of(Set.of(Role.LEADING_GROUP), Optional.empty()))
                .isEqualTo(ReviewerScope.of(Set.of(Role.CITY_REVIEWER), Optional.empty()));
    }

    @Test
    void askingForAStageNarrowsTheQueueButNeverWidensIt() {
        ReviewerScope city = ReviewerScope.of(Set.of(Role.CITY_REVIEWER), Optional.empty());

        assertThat(city.visibleStages(Optional.of(ReviewStage.APPROVAL))).containsExactly(ReviewStage.APPROVAL);
        // a district's own stage stays closed to the city even when asked for
        assertThat(city.visibleStages(Optional.of(ReviewStage.DISTRICT_REVIEW))).isEmpty();
    }

    @Test
    void aDistrictReviewerWithoutADistrictIsRefusedRatherThanShownAllDistricts() {
        assertThatThrownBy(() -> ReviewerScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.empty()))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("district");
    }

    @Test
    void anApplicantHasNoReviewScope() {
        assertThatThrownBy(() -> ReviewerScope.of(Set.of(Role.APPLICANT), Optional.of("210211")))
                .isInstanceOf(PlatformException.class);
    }
}
