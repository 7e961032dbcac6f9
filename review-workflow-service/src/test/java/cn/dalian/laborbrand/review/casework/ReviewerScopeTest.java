package cn.dalian.laborbrand.review.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.SampleEvents;

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
    void theCityBureauSeesWhatEveryDistrictForwardedAndKeepsSeeingWhatItRejected() {
        ReviewerScope scope = ReviewerScope.of(Set.of(Role.CITY_REVIEWER), Optional.empty());
        ReviewCase opened = ReviewCase.open(UUID.randomUUID(), SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT)),
                Instant.parse("2022-11-18T06:00:00Z")).state();
        ReviewCase rejectedByDistrict = opened.reject(ReviewOffice.DISTRICT, "经核查，申报材料存在虚假内容，不予通过。", "reviewer-ganjingzi",
                Instant.parse("2022-11-18T07:00:00Z")).state();
        ReviewCase rejectedByCity = new ReviewCase(opened.id(), opened.applicationId(), opened.campaign(), opened.orgId(), opened.unitName(),
                opened.district(), opened.brandName(), null, opened.requestedLevels(), ReviewStage.REJECTED, null, null, null, null,
                opened.openedAt(), opened.openedAt(), null, LocalDate.of(2022, 11, 28), 3);

        assertThat(scope.district()).isEmpty();
        assertThat(scope.visibleStages(Optional.empty()))
                .containsExactlyInAnyOrder(ReviewStage.CITY_REVIEW, ReviewStage.APPROVAL, ReviewStage.CERTIFIED, ReviewStage.REJECTED);
        assertThat(scope.covers(rejectedByCity)).isTrue();
        // what a district rejected before forwarding never reaches the city
        assertThat(scope.covers(rejectedByDistrict)).isFalse();
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
